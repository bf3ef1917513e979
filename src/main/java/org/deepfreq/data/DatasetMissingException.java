package org.deepfreq.data;

/** A data set that is not prepared (its folder or files are missing): not a fault of the data, a step to take. */
public class DatasetMissingException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    public DatasetMissingException(String message) {
        super(message);
    }
}
