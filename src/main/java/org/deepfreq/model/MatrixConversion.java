package org.deepfreq.model;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.InvalidDataException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Copies between the data layer's row-major {@link FloatMatrix} and ND4J arrays. */
final class MatrixConversion {

    private MatrixConversion() {
    }

    /** A rows × cols float array; the column count must be what the network expects. */
    static INDArray toNd(FloatMatrix m, int expectedCols, String what) {
        requireColumns(m, expectedCols, what);
        return Nd4j.create(m.data(), new long[] {m.rows(), m.cols()}, DataType.FLOAT);
    }

    /** Refuses a matrix whose column count is not what the network expects. */
    static void requireColumns(FloatMatrix m, int expectedCols, String what) {
        if (m.cols() != expectedCols) {
            throw new InvalidDataException(what + " have " + m.cols() + " columns but the network expects "
                    + expectedCols + "; check the data set and model settings");
        }
    }

    /** The array flattened per row (C order) into a float matrix. */
    static FloatMatrix toMatrix(INDArray a) {
        INDArray f = a.castTo(DataType.FLOAT);
        long rows = f.size(0);
        long cols = f.length() / rows;
        return new FloatMatrix((int) rows, (int) cols, f.dup('c').data().asFloat());
    }
}
