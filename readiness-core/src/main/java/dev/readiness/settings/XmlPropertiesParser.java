package dev.readiness.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Java XML properties file ({@code application.xml}, {@code application-prod.xml}), which Spring Boot loads
 * beside {@code .properties} with the same loader: {@link Properties#loadFromXML(java.io.InputStream)} gives the
 * values, exactly as the application gets them (that parser requires the {@code java.util.Properties} DOCTYPE and
 * never fetches an external entity), and each {@code <entry key="…">} start tag in the text gives the line of its
 * key, the last one for a key written twice (the value that wins). A key whose tag cannot be found in the text keeps
 * the file alone as its origin. Session 40: Spring Boot read {@code jwt.secret} from {@code application.xml} and the
 * check did not read the file at all: GO beside an {@code application.properties}, and "not a Spring Boot
 * application's configuration" without one.
 */
final class XmlPropertiesParser {

    private static final Pattern ENTRY = Pattern.compile("<entry\\s+key\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private XmlPropertiesParser() {
    }

    /**
     * Parses XML properties text.
     *
     * @param file the file name as the user gave it, for origins and errors
     * @param text the text
     * @return the settings, in the order of their last entry in the file
     * @throws SettingsFileException naming the file when the text is not an XML properties document, never quoting
     *         the parser's message (it may quote the text)
     */
    static List<Setting> parse(String file, String text) {
        Properties properties = new Properties();
        try {
            properties.loadFromXML(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException malformed) {
            throw new SettingsFileException(file, 0, "is not a Java XML properties file (the DOCTYPE"
                    + " java.util.Properties requires, one <properties> element of <entry key=\"…\"> elements);"
                    + " Spring Boot cannot load it either");
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(text);
        int line = 1;
        int counted = 0;
        while (entry.find()) {
            for (int i = counted; i < entry.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = entry.start();
            String key = unescaped(entry.group(1) != null ? entry.group(1) : entry.group(2));
            if (properties.containsKey(key)) {
                lines.remove(key);
                lines.put(key, line);
            }
        }
        List<Setting> settings = new ArrayList<>(properties.size());
        lines.forEach((key, at) -> settings.add(Setting.inFile(key, properties.getProperty(key), file, at, 0)));
        for (String key : properties.stringPropertyNames()) {
            if (!lines.containsKey(key)) {
                settings.add(Setting.of(key, properties.getProperty(key), Origin.file(file, 0)));
            }
        }
        return settings;
    }

    /** An attribute's text with XML's predefined and numeric character references replaced. */
    private static String unescaped(String attribute) {
        if (attribute.indexOf('&') < 0) {
            return attribute;
        }
        StringBuilder out = new StringBuilder(attribute.length());
        int i = 0;
        while (i < attribute.length()) {
            char c = attribute.charAt(i);
            int end = c == '&' ? attribute.indexOf(';', i) : -1;
            String reference = end > i ? attribute.substring(i + 1, end) : "";
            String replaced = switch (reference) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> numeric(reference);
            };
            if (replaced == null) {
                out.append(c);
                i++;
            } else {
                out.append(replaced);
                i = end + 1;
            }
        }
        return out.toString();
    }

    private static String numeric(String reference) {
        try {
            if (reference.startsWith("#x") || reference.startsWith("#X")) {
                return Character.toString(Integer.parseInt(reference.substring(2), 16));
            }
            if (reference.startsWith("#")) {
                return Character.toString(Integer.parseInt(reference.substring(1)));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return null;
        }
        return null;
    }
}
