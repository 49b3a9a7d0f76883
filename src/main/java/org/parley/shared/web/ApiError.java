package org.parley.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error shape of the JSON API: a sentence for people and, where one field is at fault, its name. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field) {

    public static ApiError of(String error) {
        return new ApiError(error, null);
    }
}
