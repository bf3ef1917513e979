/** Helpers shared by tests of several packages. */
package org.deepfreq.testing;
