/**
 * Experiments: configuration, the training run (run control, the epoch loop, per-epoch evaluation with the RDF
 * of every split, ETA), the one service that runs it in the background, immutable events for the CLI and the UI,
 * and presets.
 */
package org.deepfreq.experiment;
