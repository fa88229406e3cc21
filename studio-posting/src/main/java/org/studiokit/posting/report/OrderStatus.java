package org.studiokit.posting.report;

import java.util.Map;

/**
 * RPT-7 order status report: production orders (not void) by status.
 *
 * @param statuses per status name, in order of first appearance in the order types
 */
public record OrderStatus(Map<String, StatusRow> statuses) {
}
