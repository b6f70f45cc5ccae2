package id.go.cilegon.ppid.contracts.common;

/** Grounds for an objection (keberatan), UU 14/2008 Pasal 35(1) letters a to g. */
public enum ObjectionGround {
    A_REFUSED_EXEMPTION(
            'a',
            "penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana "
                    + "dimaksud dalam Pasal 17"),
    B_PERIODIC_NOT_PUBLISHED('b', "tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9"),
    C_NOT_ANSWERED('c', "tidak ditanggapinya permintaan informasi"),
    D_NOT_AS_REQUESTED('d', "permintaan informasi ditanggapi tidak sebagaimana yang diminta"),
    E_NOT_FULFILLED('e', "tidak dipenuhinya permintaan informasi"),
    F_UNREASONABLE_FEE('f', "pengenaan biaya yang tidak wajar"),
    G_LATE('g', "penyampaian informasi yang melebihi waktu yang diatur dalam Undang-Undang");

    private final char letter;
    private final String description;

    ObjectionGround(char letter, String description) {
        this.letter = letter;
        this.description = description;
    }

    /** The letter of Pasal 35(1), {@code 'a'} to {@code 'g'}. */
    public char letter() {
        return letter;
    }

    /** Indonesian text of the ground. */
    public String description() {
        return description;
    }

    /** Citation as used in letters, e.g. {@code Pasal 35 ayat (1) huruf c UU 14/2008}. */
    public String citation() {
        return "Pasal 35 ayat (1) huruf " + letter + " UU 14/2008";
    }

    /** The ground for a letter of Pasal 35(1). */
    public static ObjectionGround ofLetter(char letter) {
        for (ObjectionGround ground : values()) {
            if (ground.letter == Character.toLowerCase(letter)) {
                return ground;
            }
        }
        throw new IllegalArgumentException("Pasal 35(1) has no letter '" + letter + "'");
    }
}
