/**
 * Results on disk: run folders, CSV/JSON tables, atomic writes.
 */
package org.deepfreq.results;
