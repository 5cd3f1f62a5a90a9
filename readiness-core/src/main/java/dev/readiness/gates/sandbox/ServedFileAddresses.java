package dev.readiness.gates.sandbox;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keys whose web address is the prefix of links to stored files that the service hands to its clients: the base of
 * uploaded files' URLs ({@code file.url}, {@code file.localUrl}, {@code file.urlPrefix}), the host of downloadable
 * files ({@code server.fileHostUrl}), the prefix of pictures in rendered pages ({@code content.imageContentPrefix},
 * {@code IMAGE_URL}, {@code AVATAR_BASE_URL}). The service writes the address into API responses and pages, so the
 * browser or app that receives a link to a file opens it; on loopback it opens the user's own machine, and no sidecar
 * answers there. Read when a loopback web URL ({@code http}, {@code https}) would otherwise be a
 * {@code sandbox.local-host} WARN. The file word must be followed only by words of an address
 * ({@code url}, {@code prefix}, {@code host}, {@code domain}, and {@code local}, {@code public}, {@code view},
 * {@code access}, {@code base}, {@code content}): a file service the service calls
 * ({@code services.image.url}, {@code FILE_SERVICE_URL}, {@code file.storage.url}, {@code telegram.api.file.url})
 * and an upload or download endpoint ({@code FILE_UPLOAD_URL}) are back ends, and a container image's registry
 * ({@code IMAGE_PREFIX=localhost:5000/}) has no web scheme. Stateless.
 */
final class ServedFileAddresses {

    /** Nouns of stored files handed to clients. */
    private static final Set<String> FILE_WORDS = Set.of("file", "files", "image", "images", "img", "picture",
            "pictures", "pic", "photo", "photos", "avatar", "avatars", "attachment", "attachments", "thumbnail",
            "thumbnails");
    /** Words that may follow the file noun: address words and their modifiers. */
    private static final Set<String> ADDRESS_TAIL = Set.of("url", "uri", "baseurl", "prefix", "urlprefix", "domain",
            "host", "hosturl", "base", "local", "public", "view", "access", "content", "root");
    /** Last words of such a key. */
    private static final Set<String> LAST_WORDS = Set.of("url", "uri", "baseurl", "prefix", "urlprefix", "domain",
            "host", "hosturl");
    /** Words before the file noun that make the key a back end's address (a file or image service, an API). */
    private static final Set<String> BACK_END_WORDS = Set.of("service", "services", "svc", "api", "client",
            "clients", "microservice", "internal", "private", "grpc", "rpc");

    private ServedFileAddresses() {
    }

    /**
     * Whether the key names the public prefix of links to stored files, for a web URL.
     *
     * @param words the key's lower-case words
     * @param scheme the URL's scheme, {@code null} for a bare host
     * @return {@code true} for such a key and a {@code http(s)} URL
     */
    static boolean named(List<String> words, @Nullable String scheme) {
        int size = words.size();
        if (size < 2 || scheme == null || !LAST_WORDS.contains(words.get(size - 1))
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return false;
        }
        int noun = -1;
        for (int i = size - 2; i >= 0; i--) {
            String word = words.get(i);
            if (FILE_WORDS.contains(word)) {
                noun = i;
                break;
            }
            if (!ADDRESS_TAIL.contains(word)) {
                return false;
            }
        }
        if (noun < 0) {
            return false;
        }
        for (int i = 0; i < noun; i++) {
            if (BACK_END_WORDS.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }
}
