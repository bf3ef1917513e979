package org.deepfreq.data;

/** A seeded split of a data set into training examples and (optionally empty) validation examples. */
public record TrainValidation(LabeledDataset train, LabeledDataset validation) {

    public boolean hasValidation() {
        return validation != null && validation.size() > 0;
    }
}
