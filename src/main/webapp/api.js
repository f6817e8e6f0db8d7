import {el, view} from './dom.js';

export class ApiError extends Error {
    constructor(status, body) {
        super(body.error || `Request failed with HTTP ${status}`);
        this.status = status;
        this.problems = body.errors || [{field: body.field, error: this.message}];
        this.body = body;
    }
}

/* The API token, when the server has one: asked for once per tab, sent as a header, never put in a URL. */
const tokenKey = 'grd-planner-token';
let tokenRequest = null;

export function authorization() {
    const token = sessionStorage.getItem(tokenKey);
    return token ? {Authorization: `Bearer ${token}`} : {};
}

function askForToken(message) {
    if (!tokenRequest) {
        tokenRequest = new Promise(resolve => {
            const input = el('input', {type: 'password', id: 'api-token', autocomplete: 'current-password'});
            const form = el('form', {class: 'card', id: 'token-form'},
                el('h2', {}, 'This server needs its API token'),
                el('p', {class: 'error', role: 'alert'}, message),
                el('label', {for: 'api-token'}, 'API token (GRD_API_TOKEN)'), input,
                el('p', {}, el('button', {type: 'submit', id: 'save-token'}, 'Continue')));
            form.addEventListener('submit', event => {
                event.preventDefault();
                sessionStorage.setItem(tokenKey, input.value);
                form.remove();
                tokenRequest = null;
                resolve();
            });
            document.body.insertBefore(form, view);
            input.focus();
        });
    }
    return tokenRequest;
}

export async function api(method, path, body) {
    for (;;) {
        const response = await fetch(`api/${path}`, {
            method,
            headers: {...authorization(), ...(body === undefined ? {} : {'Content-Type': 'application/json'})},
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        const json = text ? JSON.parse(text) : {};
        if (response.status === 401) {
            await askForToken(json.error);
            continue;
        }
        if (!response.ok) {
            throw new ApiError(response.status, json);
        }
        return json;
    }
}
