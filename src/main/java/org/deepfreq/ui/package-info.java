/**
 * The desktop app (JavaFX + ChartFX, MVVM): ViewModels of observable properties that talk to the experiment
 * layer, and Views that only build controls and bind to them. Training events arrive on background threads
 * and are drained on the FX thread at most ten times a second; the FX thread never waits on training.
 */
package org.deepfreq.ui;
