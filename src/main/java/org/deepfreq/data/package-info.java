/**
 * Data: dense matrices, readers for CSV/.npy/IDX/CIFAR files, synthetic targets, one-hot encoding and seeded stratified subsets.
 */
package org.deepfreq.data;
