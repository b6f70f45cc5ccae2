package id.go.cilegon.ppid.calendar;

/** A calendar data file is unreadable or invalid; names the file and, where it applies, the line. */
public class CalendarDataException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    /**
     * @param line 1-based line number, or 0 when the problem concerns the file as a whole
     */
    public CalendarDataException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public CalendarDataException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without the file and line, e.g. {@code invalid kind 'LIBUR' (expected HOLIDAY or CUTI_BERSAMA)}. */
    public String problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 for a problem with the whole file. */
    public int line() {
        return line;
    }
}
