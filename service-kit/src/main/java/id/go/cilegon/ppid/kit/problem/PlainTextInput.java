package id.go.cilegon.ppid.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Every text of every REST body is plain: a control character (NUL, escape, the C1 range; tab, line feed and carriage
 * return allowed) is refused with 400 naming the field ({@code text-control}), before any rule of the service runs.
 * PostgreSQL cannot store NUL, a log line or a page must not carry the others, and the events refuse them too.
 *
 * <p>Applies to request bodies only: the service's own {@code ObjectMapper} (used by Hibernate for JSON columns, for
 * instance) is left as it is, and this resolver hands Quarkus REST a copy with the check added.
 */
@Provider
public class PlainTextInput implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    @Inject
    public PlainTextInput(ObjectMapper configured) {
        this.mapper = configured
                .copy()
                .registerModule(new SimpleModule("ppid-plain-text").addDeserializer(String.class, new PlainText()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** The first control character of {@code text} that a plain text may not hold, or -1. */
    public static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    /** A text with a control character; the field is the exception's path. */
    public static final class ControlCharacterException extends MismatchedInputException {

        private final int character;

        ControlCharacterException(JsonParser parser, int character) {
            super(parser, "holds a control character (" + codePoint(character) + ")");
            this.character = character;
        }

        /** The character as {@code U+0000}. */
        public String character() {
            return codePoint(character);
        }

        private static String codePoint(int character) {
            return String.format("U+%04X", character);
        }
    }

    private static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            int control = text == null ? -1 : firstControlCharacter(text);
            if (control >= 0) {
                throw new ControlCharacterException(parser, control);
            }
            return text;
        }
    }
}
