/**
 * The base of every layer: small file helpers that any package may use, such as writing a file atomically.
 * Depends on nothing else of DeepFreq Studio.
 */
package org.deepfreq.io;
