package dev.readiness.gates.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a Git repository's index tracks a file. Git applies {@code .gitignore} only to files it does not track: a
 * {@code .env.production} committed first and listed in {@code .gitignore} afterwards (or added with
 * {@code git add -f}) is still committed, and every clone holds it (hostile testing, thirty-second pass: such a file's
 * literal secrets were no longer reported as committed). Reads the index of versions 2 to 4 (SHA-1 names), of a
 * working tree's own directory or of the directory its {@code .git} file points to; an index it cannot read (larger
 * than 64 MB, another format) tracks nothing as far as it knows. Stateless.
 */
final class GitIndex {

    private static final int MAX_BYTES = 64 << 20;

    private GitIndex() {
    }

    /**
     * Whether the index of the working tree at {@code root} tracks the file at {@code relative}.
     *
     * @param root the working tree's top directory, holding {@code .git}
     * @param relative the file's path from the root, {@code /}-separated
     * @return {@code true} only when the index lists the path
     */
    static boolean tracks(Path root, String relative) {
        try {
            Path gitDir = gitDirectory(root);
            Path index = gitDir == null ? null : gitDir.resolve("index");
            if (index == null || !Files.isRegularFile(index) || Files.size(index) > MAX_BYTES) {
                return false;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(index)) {
                bytes = in.readNBytes(MAX_BYTES);
            }
            return lists(bytes, relative.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path gitDirectory(Path root) throws IOException {
        Path dotGit = root.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (!Files.isRegularFile(dotGit) || Files.size(dotGit) > 4_096) {
            return null;
        }
        String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("gitdir:")) {
            return null;
        }
        return root.resolve(text.substring(7).strip()).normalize();
    }

    /** Whether the index bytes list the path: entries of versions 2 and 3 (padded) or 4 (prefix-compressed). */
    static boolean lists(byte[] index, byte[] path) {
        if (index.length < 12 || index[0] != 'D' || index[1] != 'I' || index[2] != 'R' || index[3] != 'C') {
            return false;
        }
        int version = integer(index, 4);
        int count = integer(index, 8);
        if (version < 2 || version > 4 || count < 0) {
            return false;
        }
        int at = 12;
        // a version 4 name is the previous one's first bytes and its own: kept in one buffer, never copied whole
        // (hostile testing, thirty-third pass: a long first path kept by every later entry took minutes)
        byte[] previous = new byte[version == 4 ? 256 : 0];
        int previousLength = 0;
        for (int entry = 0; entry < count; entry++) {
            int start = at;
            if (at + 62 > index.length) {
                return false;
            }
            int flags = (index[at + 60] & 0xff) << 8 | index[at + 61] & 0xff;
            at += 62;
            if (version >= 3 && (flags & 0x4000) != 0) {
                at += 2;
            }
            if (version == 4) {
                long strip = 0;
                int b;
                do {
                    if (at >= index.length) {
                        return false;
                    }
                    b = index[at++] & 0xff;
                    strip = strip << 7 | b & 0x7f;
                    if ((b & 0x80) != 0) {
                        strip++;
                    }
                } while ((b & 0x80) != 0 && strip < Integer.MAX_VALUE);
                int end = nul(index, at);
                if (end < 0 || strip > previousLength) {
                    return false;
                }
                int kept = previousLength - (int) strip;
                int length = kept + end - at;
                if (length > previous.length) {
                    previous = Arrays.copyOf(previous, Math.max(length, previous.length * 2));
                }
                System.arraycopy(index, at, previous, kept, end - at);
                previousLength = length;
                at = end + 1;
                if (length == path.length && Arrays.equals(previous, 0, length, path, 0, length)) {
                    return true;
                }
            } else {
                int end = nul(index, at);
                if (end < 0) {
                    return false;
                }
                if (end - at == path.length && Arrays.equals(index, at, end, path, 0, path.length)) {
                    return true;
                }
                at = start + (end - start + 8) / 8 * 8;
            }
        }
        return false;
    }

    private static int nul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int integer(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }
}
