package org.deepfreq.data;

import java.util.List;

/**
 * Finds data sets by name and returns a seeded train/validation split of them. The names are those registered in
 * {@link Datasets} (files under the data folder, and synthetic targets such as {@code cos3x+cos5x}).
 * Missing or corrupt files raise {@link InvalidDataException} naming the folder and the fix
 * (for example {@code deepfreq datasets prepare mnist}).
 */
public interface DatasetCatalog {

    /** Names this catalog can load. */
    List<String> names();

    /**
     * Loads {@code trainSize} training and {@code validationSize} validation examples, chosen by a seeded,
     * class-stratified draw from the data set's training files (synthetic sets: generated points).
     * A size of 0 for validation means no validation set; a size larger than available is an error.
     */
    TrainValidation load(String name, int trainSize, int validationSize, long seed);
}
