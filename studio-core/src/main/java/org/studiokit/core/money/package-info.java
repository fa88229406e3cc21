/** Exact money in minor units, explicit rounding and largest-remainder allocation (MON-1..3). */
package org.studiokit.core.money;
