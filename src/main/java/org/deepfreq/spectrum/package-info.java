/**
 * RDF/LFR engine: the low frequency ratio and ratio density function of a target over points (docs/design.md
 * sections 1-2), blocked, multi-threaded, never N×N.
 */
package org.deepfreq.spectrum;
