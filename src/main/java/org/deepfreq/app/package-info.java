/**
 * Application services shared by the CLI and the desktop app: build information, presets, run management, export.
 */
package org.deepfreq.app;
