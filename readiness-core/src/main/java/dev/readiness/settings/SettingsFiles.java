package dev.readiness.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads settings files into text, turning every way that can fail into a {@link SettingsFileException} that names
 * the file (and, for bytes that are not UTF-8, the line) and quotes nothing from it.
 */
final class SettingsFiles {

    /** Settings files are small; anything larger is a mistake (a log, a dump), not configuration. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** What to do with bytes that are not UTF-8. */
    enum Encoding {
        /** Reject them, naming the line. */
        STRICT_UTF_8,
        /** Read the whole file as ISO-8859-1 instead, as {@link java.util.PropertyResourceBundle} does. */
        UTF_8_ELSE_ISO_8859_1
    }

    private SettingsFiles() {
    }

    static String read(Path file, Encoding encoding) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new SettingsFileException(name, 0, "is a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new SettingsFileException(name, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new SettingsFileException(name, 0, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return text(name, bytes, encoding);
    }

    /**
     * Reads a stream of at most {@link #MAX_BYTES} bytes (a jar entry, standard input) as a settings file's text.
     *
     * @param name the name to print
     * @param in the stream, not closed
     * @param encoding what to do with bytes that are not UTF-8
     * @return the text
     */
    static String read(String name, InputStream in, Encoding encoding) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return text(name, bytes, encoding);
    }

    private static String text(String name, byte[] bytes, Encoding encoding) {
        if (bytes.length > MAX_BYTES) {
            throw new SettingsFileException(name, 0, String.format(Locale.ROOT,
                    "is larger than %d MB; a settings file is expected to be far smaller", MAX_BYTES / 1024 / 1024));
        }
        TextContent.checkBytes(name, bytes);
        return decode(name, bytes, encoding);
    }

    /**
     * The text of valid UTF-8 bytes. The bytes are checked in small steps and then made into a string at once,
     * so a large file costs its bytes and its text, not a buffer of two bytes a byte besides.
     */
    static String decode(String name, byte[] bytes, Encoding encoding) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            do {
                out.clear();
                result = decoder.flush(out);
            } while (result.isOverflow());
        }
        if (result.isError()) {
            if (encoding == Encoding.UTF_8_ELSE_ISO_8859_1) {
                TextContent.checkLegacyText(name, bytes);
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new SettingsFileException(name, line, String.format(Locale.ROOT,
                    "is not valid UTF-8 (byte %d of the line); save the file as UTF-8", offset - lineStart + 1));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String read(String name, Reader reader) {
        StringWriter text = new StringWriter();
        try {
            char[] buffer = new char[8192];
            long total = 0;
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                total += read;
                if (total > MAX_BYTES) {
                    throw new SettingsFileException(name, 0, String.format(Locale.ROOT,
                            "is larger than %d MB; a settings file is expected to be far smaller",
                            MAX_BYTES / 1024 / 1024));
                }
                text.write(buffer, 0, read);
            }
        } catch (CharacterCodingException e) {
            throw new SettingsFileException(name, 0, "is not valid in the character set it is read with");
        } catch (IOException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return text.toString();
    }
}
