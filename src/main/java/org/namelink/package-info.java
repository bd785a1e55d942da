/** Namelink: names in news, resolved across articles. */
package org.namelink;
