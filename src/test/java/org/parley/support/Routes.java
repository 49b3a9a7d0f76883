package org.parley.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import io.quarkus.arc.Arc;

/**
 * Every JAX-RS route the running application serves, read from its resource classes (the CDI beans Quarkus REST
 * made of them), so that a test that walks them all also walks a route added tomorrow.
 */
public final class Routes {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    /** One method and path; {@code template} still has its {@code {param}}s. */
    public record Route(String method, String template, Method javaMethod, Class<?> resource) {

        /** The path with each parameter given by {@code values} (by name), or "1" when it has none. */
        public String path(Function<String, String> values) {
            Matcher m = PARAM.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.apply(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "1" : value));
            }
            m.appendTail(out);
            return out.toString();
        }

        public String path(Map<String, String> values) {
            return path(values::get);
        }

        public boolean api() {
            return template.startsWith("/api/");
        }

        /** Whether it changes something (anything but GET, HEAD and OPTIONS). */
        public boolean changes() {
            return !method.equals("GET");
        }

        /** Only moderators or admins may call it. */
        public boolean staff() {
            return javaMethod.isAnnotationPresent(RolesAllowed.class) || resource.isAnnotationPresent(RolesAllowed.class)
                    && !javaMethod.isAnnotationPresent(jakarta.annotation.security.PermitAll.class);
        }

        /** The media types it declares it consumes, or none. */
        public Set<String> consumes() {
            Consumes c = javaMethod.getAnnotation(Consumes.class);
            if (c == null) {
                c = resource.getAnnotation(Consumes.class);
            }
            return c == null ? Set.of() : Set.of(c.value());
        }

        public boolean consumesForm() {
            return consumes().stream().anyMatch(t -> t.startsWith("application/x-www-form-urlencoded")
                    || t.startsWith("multipart/form-data"));
        }

        public boolean consumesJson() {
            return consumes().stream().anyMatch(t -> t.startsWith("application/json"));
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private Routes() {
    }

    public static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("org.parley")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    routes.add(new Route(verb, join(root.value(), sub == null ? "" : sub.value()), m, type));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::toString));
        if (routes.isEmpty()) {
            throw new IllegalStateException("no resource classes found among the beans");
        }
        return routes;
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> a : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
