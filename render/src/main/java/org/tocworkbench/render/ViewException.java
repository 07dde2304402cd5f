package org.tocworkbench.render;

/** A view names something the theory does not have (a pathway, actor, function or node). */
public final class ViewException extends Exception {
    public ViewException(String message) {
        super(message);
    }
}
