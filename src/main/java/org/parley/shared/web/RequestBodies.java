package org.parley.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.parley.shared.Refusal;

/**
 * What every request body must be before a resource sees it: of the type the resource takes, said in
 * {@code Content-Type}, and UTF-8 (the only encoding a page or the API speaks). A broken body is the client's
 * fault: 400 or 415 with the usual error page or {@link ApiError}, never a 500.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    static final String NO_TYPE = "Say what you send in the Content-Type header (application/json for the API).";
    static final String WRONG_TYPE = "That content type is not taken here (the API takes application/json).";
    static final String NOT_UTF8 = "What you sent is not valid UTF-8 text.";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Map<Method, List<MediaType>> consumes = new ConcurrentHashMap<>();

    /**
     * A resource that declares what it consumes gets exactly that. Quarkus REST matches a request without
     * {@code Content-Type} to any method: a JSON body without a type was read as JSON, and a form post without one
     * reached the form's method with no fields. (With a reader interceptor in place, as below, it also stops
     * refusing types the method does not declare, so this check covers those as well.)
     */
    // After CsrfGuard (a forged request is told it lacks a token), before quarkus-rest-csrf.
    @ServerRequestFilter(priority = Priorities.USER + 100)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext context, ResourceInfo resource) {
        if (SAFE.contains(context.getMethod())) {
            return;
        }
        Method method = resource.getResourceMethod();
        List<MediaType> accepted = method == null ? List.of() : consumes.computeIfAbsent(method, RequestBodies::consumes);
        if (!accepted.isEmpty()) {
            MediaType sent = context.getMediaType();
            if (sent == null || accepted.stream().noneMatch(a -> a.getType().equalsIgnoreCase(sent.getType())
                    && a.getSubtype().equalsIgnoreCase(sent.getSubtype()))) {
                throw Refusal.unsupportedType(sent == null ? NO_TYPE : WRONG_TYPE);
            }
        }
        FormData form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
        if (form != null && !utf8(form)) {
            throw Refusal.invalid(NOT_UTF8);
        }
    }

    /**
     * Jackson decodes UTF-8 leniently (an overlong {@code C0 AF} becomes "/"), so JSON bodies are checked strictly
     * first. Bodies are small (see {@link BodyLimits}), so reading one whole costs little.
     */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw Refusal.invalid(NOT_UTF8);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /**
     * The form decoder gives no sign of bytes that are not UTF-8 but puts U+FFFD in their place; a reader never
     * needs to send that character (it is what a broken encoding looks like), so it stands for the broken bytes.
     */
    private static boolean utf8(FormData form) {
        for (String name : form) {
            if (name.indexOf('\uFFFD') >= 0) {
                return false;
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf('\uFFFD') >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What the method declares it consumes; empty when it takes anything (no declaration, or a wildcard). */
    private static List<MediaType> consumes(Method method) {
        Consumes declared = method.getAnnotation(Consumes.class);
        if (declared == null) {
            declared = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        List<MediaType> types = new ArrayList<>();
        for (String value : declared == null ? new String[0] : declared.value()) {
            for (String part : value.split(",")) {
                MediaType type = MediaType.valueOf(part.strip());
                if (type.isWildcardType() || type.isWildcardSubtype()) {
                    return List.of();
                }
                types.add(type);
            }
        }
        return List.copyOf(types);
    }
}
