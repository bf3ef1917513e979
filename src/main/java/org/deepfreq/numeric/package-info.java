/**
 * The base of the numeric code, shared by the RDF engine ({@code spectrum}) and the lean training step ({@code model}):
 * element-wise kernels on float arrays written for the JIT's auto-vectoriser ({@link org.deepfreq.numeric.FastExp})
 * and OpenBLAS's GEMM called directly ({@link org.deepfreq.numeric.Blas}). Depends on nothing else of DeepFreq Studio.
 */
package org.deepfreq.numeric;
