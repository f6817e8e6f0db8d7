package org.grdplanner.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.grdplanner.platform.control.ApiException;

@ApplicationScoped
public class ExecutionHandlers {

    @Inject
    @Any
    Instance<ExecutionHandler> handlers;

    public ExecutionHandler get(String type) {
        return handlers.stream()
                .filter(handler -> handler.type().equals(type))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("Unknown execution type '" + type + "'; known types: "
                        + handlers.stream().map(ExecutionHandler::type).sorted().collect(Collectors.joining(", "))
                        + "."));
    }
}
