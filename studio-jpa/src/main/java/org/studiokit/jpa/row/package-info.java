/**
 * Jakarta Persistence rows of a studio's records and their mapping to the domain records. Every table's key starts
 * with the studio id (STO-4); values that no query looks into are JSON.
 */
package org.studiokit.jpa.row;
