/**
 * Experiments: configuration, the background training runner with pause/step/resume/cancel,
 * per-epoch RDF of every split, immutable events for the CLI and the UI, and presets.
 */
package org.deepfreq.experiment;
