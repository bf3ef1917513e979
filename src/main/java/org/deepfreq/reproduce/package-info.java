/**
 * {@code deepfreq reproduce}: runs the paper's experiments through the same engine and writes a report
 * that states each claim, the settings used, the measured values and whether the claim held.
 */
package org.deepfreq.reproduce;
