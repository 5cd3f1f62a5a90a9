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
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Reads settings files into text, turning every way that can fail into a {@link SettingsFileException} that names
 * the file (and, for bytes that are not UTF-8, the line) and quotes nothing from it.
 */
final class SettingsFiles {

    /** Settings files are small; anything larger is a mistake (a log, a dump), not configuration. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** How long a named pipe or device may take to give its end of file. */
    static final Duration PIPE_TIMEOUT = Duration.ofSeconds(10);

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
        return read(file, encoding, PIPE_TIMEOUT);
    }

    /**
     * Reads a file; a named pipe or device (process substitution {@code <(vault read …)}, {@code /dev/stdin}) is
     * read on a daemon thread and refused when it gives no end of file within {@code pipeTimeout}, so a pipe nobody
     * writes, or one whose writer never closes it, cannot hang the check.
     */
    static String read(Path file, Encoding encoding, Duration pipeTimeout) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new SettingsFileException(name, 0, "is a directory, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return text(name, readPipe(file, pipeTimeout), encoding);
        }
        return text(name, readBytes(file), encoding);
    }

    /**
     * Why a path that is a symbolic link cannot be read, or {@code null} when it is no broken link: one that loops
     * back on itself, or one whose target does not exist here.
     *
     * @param path the path
     * @return the reason, to follow the path's name, e.g. {@code is a symbolic link that loops back on itself}
     */
    static @Nullable String brokenLink(Path path) {
        if (!Files.isSymbolicLink(path) || Files.exists(path)) {
            return null;
        }
        try {
            path.toRealPath();
            return null;
        } catch (NoSuchFileException e) {
            return "is a symbolic link whose target does not exist here, so it cannot be judged";
        } catch (IOException | SecurityException e) {
            return "is a symbolic link that loops back on itself (too many levels of symbolic links)";
        }
    }

    private static byte[] readBytes(Path file) {
        String name = file.toString();
        String broken = brokenLink(file);
        if (broken != null) {
            throw new SettingsFileException(name, 0, broken);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new SettingsFileException(name, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new SettingsFileException(name, 0, "cannot be read: permission denied");
        } catch (IOException | SecurityException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] readPipe(Path file, Duration timeout) {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(readBytes(file));
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "readiness-pipe-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return read.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reader.interrupt();
            throw new SettingsFileException(file.toString(), 0, "is a named pipe or device that gave no end of file"
                    + " within " + timeout.toMillis() / 1000.0 + " s; write the settings to a regular file, or make"
                    + " sure whatever writes to the pipe closes it");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SettingsFileException failure ? failure
                    : new SettingsFileException(file.toString(), 0, "cannot be read ("
                            + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SettingsFileException(file.toString(), 0, "was not read: the check was interrupted");
        }
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
