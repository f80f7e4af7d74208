/** Tax–bank sharing (银税互动): the tax bureau shares tax credit ratings, banks list them. */
@NullMarked
package org.publiccredit.graphql.taxrating;

import org.jspecify.annotations.NullMarked;
