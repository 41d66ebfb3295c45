import { RequestHandler } from 'express';

/**
 * Trims the text fields of a JSON body before it is validated, so a justification or comment is stored as the person
 * meant it, and one of only white space is refused as blank. Bodies of the SMO API are flat objects of scalars.
 */
export const trimBodyText: RequestHandler = (req, _res, next) => {
  const body = req.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string') body[key] = value.trim();
    }
  }
  next();
};
