/**
 * Splits what a person typed into words as a shell would: blanks separate words, quotes keep a word together (and
 * may be empty), a backslash takes the next character as it is.
 */
export function shellWords(text) {
    const words = [];
    let word = null;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote) {
                quote = null;
            } else if (c === '\\' && quote === '"' && i + 1 < text.length) {
                word += text[++i];
            } else {
                word += c;
            }
        } else if (c === '"' || c === "'") {
            quote = c;
            word = word ?? '';
        } else if (c === '\\' && i + 1 < text.length) {
            word = (word ?? '') + text[++i];
        } else if (/\s/.test(c)) {
            if (word !== null) {
                words.push(word);
                word = null;
            }
        } else {
            word = (word ?? '') + c;
        }
    }
    if (quote) {
        throw new Error(`A ${quote === '"' ? 'double' : 'single'} quote is not closed.`);
    }
    if (word !== null) {
        words.push(word);
    }
    return words;
}

/** A word as a shell reads it back: in double quotes when it holds blanks, quotes or backslashes. */
export function shellQuote(word) {
    return /[\s"'\\]/.test(word) || word === '' ? `"${word.replace(/["\\]/g, '\\$&')}"` : word;
}
