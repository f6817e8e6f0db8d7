import {authorization} from './api.js';

const connection = document.getElementById('connection');
const streams = new Set();

/**
 * A server-sent event stream read with fetch, so that it can carry the token header. Like EventSource it resumes
 * after the last event id when the connection drops, and says so while it is reconnecting.
 */
class EventStream {
    constructor(url, handlers) {
        this.url = url;
        this.handlers = handlers;
        this.lastEventId = null;
        this.closed = false;
        streams.add(this);
        this.connect();
    }

    async connect() {
        while (!this.closed) {
            try {
                this.abort = new AbortController();
                const headers = {Accept: 'text/event-stream', ...authorization()};
                if (this.lastEventId !== null) {
                    headers['Last-Event-ID'] = this.lastEventId;
                }
                const response = await fetch(this.url, {headers, signal: this.abort.signal});
                if (response.status === 401) {
                    await askForToken((await response.json()).error);
                    continue;
                }
                if (response.status === 404) {
                    const {error} = await response.json();
                    this.close();
                    connection.textContent = '';
                    this.handlers.not_found?.(error);
                    return;
                }
                if (response.ok) {
                    connection.textContent = '';
                    await this.read(response.body.pipeThrough(new TextDecoderStream()).getReader());
                }
            } catch (error) {
                if (this.closed) {
                    return;
                }
            }
            if (!this.closed) {
                connection.textContent = 'reconnecting…';
                await new Promise(resume => setTimeout(resume, 1000));
            }
        }
    }

    async read(reader) {
        let buffer = '';
        for (;;) {
            const {value, done} = await reader.read();
            if (done || this.closed) {
                return;
            }
            buffer += value;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
                this.dispatch(buffer.substring(0, end));
                buffer = buffer.substring(end + 2);
            }
        }
    }

    dispatch(block) {
        let name = 'message';
        const data = [];
        for (const line of block.split('\n')) {
            if (line.startsWith('event:')) {
                name = line.substring(6).trim();
            } else if (line.startsWith('id:')) {
                this.lastEventId = line.substring(3).trim();
            } else if (line.startsWith('data:')) {
                data.push(line.substring(line.startsWith('data: ') ? 6 : 5));
            }
        }
        const handler = this.handlers[name];
        if (handler && data.length && !this.closed) {
            handler(JSON.parse(data.join('\n')));
        }
    }

    close() {
        this.closed = true;
        streams.delete(this);
        this.abort?.abort();
    }
}

export function openStream(url, handlers) {
    return new EventStream(url, handlers);
}

export function closeStreams() {
    [...streams].forEach(stream => stream.close());
    connection.textContent = '';
}
