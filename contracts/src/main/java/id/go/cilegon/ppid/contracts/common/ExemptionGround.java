package id.go.cilegon.ppid.contracts.common;

/** Grounds for exempting information, UU 14/2008 Pasal 17 letters a to j. */
public enum ExemptionGround {
    A_LAW_ENFORCEMENT('a', "dapat menghambat proses penegakan hukum"),
    B_INTELLECTUAL_PROPERTY_COMPETITION(
            'b',
            "dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual "
                    + "dan perlindungan dari persaingan usaha tidak sehat"),
    C_DEFENCE_SECURITY('c', "dapat membahayakan pertahanan dan keamanan negara"),
    D_NATURAL_WEALTH('d', "dapat mengungkapkan kekayaan alam Indonesia"),
    E_ECONOMIC_RESILIENCE('e', "dapat merugikan ketahanan ekonomi nasional"),
    F_FOREIGN_RELATIONS('f', "dapat merugikan kepentingan hubungan luar negeri"),
    G_AUTHENTIC_DEED_WILL(
            'g',
            "dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir "
                    + "ataupun wasiat seseorang"),
    H_PERSONAL_SECRET('h', "dapat mengungkap rahasia pribadi"),
    I_INTERNAL_MEMORANDUM(
            'i',
            "memorandum atau surat-surat antar Badan Publik atau intra Badan Publik yang menurut "
                    + "sifatnya dirahasiakan, kecuali atas putusan Komisi Informasi atau pengadilan"),
    J_PROHIBITED_BY_LAW('j', "informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang");

    private final char letter;
    private final String description;

    ExemptionGround(char letter, String description) {
        this.letter = letter;
        this.description = description;
    }

    /** The letter of Pasal 17, {@code 'a'} to {@code 'j'}. */
    public char letter() {
        return letter;
    }

    /** Indonesian summary of the ground. */
    public String description() {
        return description;
    }

    /** Citation as used in notices, e.g. {@code Pasal 17 huruf h UU 14/2008}. */
    public String citation() {
        return "Pasal 17 huruf " + letter + " UU 14/2008";
    }

    /** The ground for a letter of Pasal 17. */
    public static ExemptionGround ofLetter(char letter) {
        for (ExemptionGround ground : values()) {
            if (ground.letter == Character.toLowerCase(letter)) {
                return ground;
            }
        }
        throw new IllegalArgumentException("Pasal 17 has no letter '" + letter + "'");
    }
}
