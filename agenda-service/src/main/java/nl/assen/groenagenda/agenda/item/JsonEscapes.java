package nl.assen.groenagenda.agenda.item;

/**
 * PostgreSQL escapes control characters in JSON strings with lower-case hex digits (backslash, u, 001f),
 * Jackson with upper-case ones (001F); both mean the same, but a list should read exactly like the item it lists.
 */
final class JsonEscapes {

    private JsonEscapes() {
    }

    /** The JSON text with the hex digits of its unicode escapes in upper case. */
    static String upperCaseHex(String json) {
        if (json.indexOf("\\u") < 0) {
            return json;
        }
        char[] chars = json.toCharArray();
        for (int i = 0; i < chars.length - 1; i++) {
            if (chars[i] != '\\') {
                continue;
            }
            if (chars[i + 1] == 'u') {
                for (int j = i + 2; j < Math.min(i + 6, chars.length); j++) {
                    chars[j] = Character.toUpperCase(chars[j]);
                }
                i += 5;
            } else {
                i++;
            }
        }
        return new String(chars);
    }
}
