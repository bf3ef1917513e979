/**
 * Networks (DL4J) with named split points: fully connected nets of any depth and width and 1-D MLPs.
 * A split after layer l divides a net into a pre-condition component (layers 1..l) and a learning
 * component (the rest); split 0 is the raw input.
 */
package org.deepfreq.model;
