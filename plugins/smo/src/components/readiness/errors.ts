import { ResponseError } from '@backstage/errors';

/** The HTTP status of an error from the SMO client, if the error came from an answer. */
export function errorStatus(error: Error): number | undefined {
  return ResponseError.is(error) ? error.statusCode : undefined;
}

/** What the server said went wrong ("You are not allowed to …"), else the error's own message. */
export function errorMessage(error: Error): string {
  return ResponseError.is(error) ? error.cause.message : error.message;
}
