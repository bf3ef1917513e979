package org.deepfreq.data;

/**
 * Input data that cannot be used: a missing or corrupt file, wrong shapes, non-numbers.
 * The message names the file (when there is one), what is wrong and how to fix it.
 */
public class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidDataException(String message) {
        super(message);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
