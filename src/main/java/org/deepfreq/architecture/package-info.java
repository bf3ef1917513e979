/**
 * Annotations about the architecture itself: the named exception to the layer rule that
 * {@code docs/architecture.md} describes and {@code MainArchitectureTest} enforces.
 */
package org.deepfreq.architecture;
