/**
 * DeepFreq Studio: watch the Deep Frequency Principle (Xu &amp; Zhou, AAAI 2021) while deep networks train.
 * {@link org.deepfreq.Launcher} is the entry point.
 */
package org.deepfreq;
