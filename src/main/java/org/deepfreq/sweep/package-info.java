/**
 * Sweeps (settings × seeds) on a Hazelcast cluster: the cells of a sweep are training runs that any trusted member
 * trains while the submitting process records them into ordinary run folders. Above {@code app} and
 * {@code results}, below {@code ui} and {@code cli}; only the project's own task and message classes cross the wire.
 */
package org.deepfreq.sweep;
