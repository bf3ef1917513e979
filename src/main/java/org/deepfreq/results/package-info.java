/**
 * Results on disk: run folders, CSV/JSON tables, the run catalogue.
 */
package org.deepfreq.results;
