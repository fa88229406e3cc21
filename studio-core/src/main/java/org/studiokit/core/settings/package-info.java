/** Studio settings: currency, tax rates and modes, payment methods, items, session types, accounts, order types. */
package org.studiokit.core.settings;
