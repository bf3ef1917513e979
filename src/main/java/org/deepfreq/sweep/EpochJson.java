package org.deepfreq.sweep;


import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON form of what crosses the wire with an epoch (records of the experiment package, NaN kept). */
final class EpochJson {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EpochJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static EpochResult epoch(String json) {
        return read(json, EpochResult.class);
    }

    static FourierSpectrum spectrum(String json) {
        return read(json, FourierSpectrum.class);
    }

    static OneDimensionalFit fit(String json) {
        return read(json, OneDimensionalFit.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " from a worker cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }
}
