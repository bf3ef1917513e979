/**
 * The base of the numeric code: element-wise kernels on float arrays written for the JIT's auto-vectoriser, used by
 * the RDF engine ({@code spectrum}) and the lean training step ({@code model}). Depends on nothing else of DeepFreq
 * Studio.
 */
package org.deepfreq.numeric;
