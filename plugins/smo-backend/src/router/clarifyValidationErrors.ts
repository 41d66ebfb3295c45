import { InputError, isError } from '@backstage/errors';
import { ErrorRequestHandler, Request } from 'express';

/** The operation the validator matched (express-openapi-validator sets it on the request before validating). */
type OpenApiRequest = Request & {
  openapi?: {
    schema?: {
      requestBody?: {
        content?: Record<string, { schema?: { properties?: object } }>;
      };
    };
  };
};

// Required text has `minLength: 1` or `pattern: \S` (something besides white space) in the document; bodies are
// trimmed first (trimBodyText), so white space alone fails either.
const BLANK =
  /^(request\/body\/\S+) must (?:match pattern "\\S"|NOT have fewer than 1 characters)$/;

/**
 * Says what is wrong with a refused body in words a caller can act on, where the validator's message does not: the
 * fields it does not know ("request/body must NOT have additional properties" names none), and required text that is
 * blank. Registered after the routes, so it sees the validator's errors; the allowed fields come from the operation's
 * body schema in the OpenAPI document.
 */
export const clarifyValidationErrors: ErrorRequestHandler = (
  error,
  req: OpenApiRequest,
  _res,
  next,
) => {
  if (!isError(error) || error.name !== 'InputError') {
    next(error);
    return;
  }
  const blank = BLANK.exec(error.message);
  if (blank) {
    next(new InputError(`${blank[1]} must not be empty or blank`));
    return;
  }
  const allowed =
    req.openapi?.schema?.requestBody?.content?.['application/json']?.schema
      ?.properties;
  const refused = error.message.startsWith(
    'request/body must NOT have additional properties',
  );
  if (!refused || !allowed || !req.body || typeof req.body !== 'object') {
    next(error);
    return;
  }
  const unknown = Object.keys(req.body).filter(key => !(key in allowed));
  next(
    new InputError(
      `request/body has fields the API does not know: ${unknown.join(
        ', ',
      )} (allowed: ${Object.keys(allowed).join(', ')})`,
    ),
  );
};
