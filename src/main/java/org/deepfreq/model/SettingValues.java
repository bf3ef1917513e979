package org.deepfreq.model;

import java.util.Arrays;
import java.util.Locale;

/** Parses the values of {@code --set key=value}, with a message that names the setting when one does not parse. */
public final class SettingValues {

    private SettingValues() {
    }

    public static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + "=" + value + " is not a number", e);
        }
    }

    /** true/yes/on or false/no/off, in any case. */
    public static boolean bool(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("setting " + key + "=" + value + " must be true or false");
        };
    }

    /** An enum constant by its name in any case, '-' standing for '_'. */
    public static <E extends Enum<E>> E choice(Class<E> type, String key, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + key + "=" + value + " is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList(), e);
        }
    }
}
