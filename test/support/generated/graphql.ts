/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Width:height of the video. Each provider takes its own subset (see each input, or `videoProviders`). */
export type AspectRatio =
  /** 1:1 */
  | 'RATIO_1_1'
  /** 2:3 */
  | 'RATIO_2_3'
  /** 3:2 */
  | 'RATIO_3_2'
  /** 3:4 */
  | 'RATIO_3_4'
  /** 4:3 */
  | 'RATIO_4_3'
  /** 4:5 */
  | 'RATIO_4_5'
  /** 5:2 */
  | 'RATIO_5_2'
  /** 5:4 */
  | 'RATIO_5_4'
  /** 9:16 */
  | 'RATIO_9_16'
  /** 16:9 */
  | 'RATIO_16_9'
  /** 21:9 */
  | 'RATIO_21_9';

/** Camera moves; any combination. */
export type CameraInput = {
  pan?: CameraPan | null | undefined;
  rotate?: CameraRotate | null | undefined;
  tilt?: CameraTilt | null | undefined;
  zoom?: CameraZoom | null | undefined;
};

export type CameraPan =
  | 'LEFT'
  | 'RIGHT';

export type CameraRotate =
  | 'CLOCKWISE'
  | 'COUNTERCLOCKWISE';

export type CameraTilt =
  | 'DOWN'
  | 'UP';

export type CameraZoom =
  | 'IN'
  | 'OUT';

/** What caused a change: API (this gateway's calls), CALLBACK (the provider's), POLL (a feed query), SYSTEM (time-outs). */
export type EventSource =
  | 'API'
  | 'CALLBACK'
  | 'POLL'
  | 'SYSTEM';

/** Exactly one member: the provider, with its own typed settings. `videoProviders` lists what each offers. */
export type GenerateVideoInput =
  {   /** xAI Grok video: text or a reference image to video, 6 to 30 s. */
  grok: GrokVideoInput; kling?: never; luma?: never; pika?: never; pix?: never; runway?: never; sora?: never; veo?: never; }
  |  { grok?: never;   /** Kling: text or image to video with camera control and multi-shot, multi-image reference, extend and effects. */
  kling: KlingVideoInput; luma?: never; pika?: never; pix?: never; runway?: never; sora?: never; veo?: never; }
  |  { grok?: never; kling?: never;   /** Luma: text or frames to video, or extending a finished Luma job. */
  luma: LumaVideoInput; pika?: never; pix?: never; runway?: never; sora?: never; veo?: never; }
  |  { grok?: never; kling?: never; luma?: never;   /** Pika 1.5: text, image or video to video, with Pikaffects. */
  pika: PikaVideoInput; pix?: never; runway?: never; sora?: never; veo?: never; }
  |  { grok?: never; kling?: never; luma?: never; pika?: never;   /** PIX (PixVerse): text or image to video, with effects, sound and lip sync. */
  pix: PixVideoInput; runway?: never; sora?: never; veo?: never; }
  |  { grok?: never; kling?: never; luma?: never; pika?: never; pix?: never;   /** Runway: text, image or video to video, or Act-One. */
  runway: RunwayVideoInput; sora?: never; veo?: never; }
  |  { grok?: never; kling?: never; luma?: never; pika?: never; pix?: never; runway?: never;   /** OpenAI Sora 2: text or a first frame to video, 4 to 12 s. */
  sora: SoraVideoInput; veo?: never; }
  |  { grok?: never; kling?: never; luma?: never; pika?: never; pix?: never; runway?: never; sora?: never;   /** Google Veo 3.1: text, first and last frames, or reference images to an 8 s video. */
  veo: VeoVideoInput; };

/** Length of a Grok video; defaults to SECONDS_10. */
export type GrokDuration =
  /** 6 seconds. */
  | 'SECONDS_6'
  /** 10 seconds. */
  | 'SECONDS_10'
  /** 15 seconds. */
  | 'SECONDS_15'
  /** 20 seconds. */
  | 'SECONDS_20'
  /** 25 seconds. */
  | 'SECONDS_25'
  /** 30 seconds. */
  | 'SECONDS_30';

/** xAI Grok video model; defaults to GROK_VIDEO. */
export type GrokModel =
  /** Sent as `grok-video`. */
  | 'GROK_VIDEO'
  /** Sent as `grok-video-1.5`. */
  | 'GROK_VIDEO_1_5';

/** An xAI Grok video (720p), through DuomiAPI's unified video API: text-to-video, or image-to-video from a reference `image`. */
export type GrokVideoInput = {
  duration?: GrokDuration | null | undefined;
  /** Reference image: makes an image-to-video job. */
  image?: string | null | undefined;
  model?: GrokModel | null | undefined;
  /** What to make; not blank, at most 2000 characters. */
  prompt: string;
  /** 2:3, 3:2, 1:1, 9:16, 16:9; defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
};

/** QUEUED (stored, not yet with the provider) → SUBMITTED → PROCESSING → SUCCEEDED, FAILED or CANCELED. The last three are final. */
export type JobStatus =
  | 'CANCELED'
  | 'FAILED'
  | 'PROCESSING'
  | 'QUEUED'
  | 'SUBMITTED'
  | 'SUCCEEDED';

/** Kling's camera control. */
export type KlingCameraInput = {
  /** -10…10; SIMPLE only, exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero. */
  horizontal?: number | null | undefined;
  /** -10…10; SIMPLE only, exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero. */
  pan?: number | null | undefined;
  /** -10…10; SIMPLE only, exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero. */
  roll?: number | null | undefined;
  /** -10…10; SIMPLE only, exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero. */
  tilt?: number | null | undefined;
  type: KlingCameraType;
  /** -10…10; SIMPLE only, exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero. */
  vertical?: number | null | undefined;
  /** -10…10; SIMPLE only, exactly one of horizontal, vertical, pan, tilt, roll, zoom non-zero. */
  zoom?: number | null | undefined;
};

/** SIMPLE moves along exactly one axis you give; the others are preset moves that take no axes. */
export type KlingCameraType =
  /** Sent as `down_back`. */
  | 'DOWN_BACK'
  /** Sent as `forward_up`. */
  | 'FORWARD_UP'
  /** Sent as `left_turn_forward`. */
  | 'LEFT_TURN_FORWARD'
  /** Sent as `right_turn_forward`. */
  | 'RIGHT_TURN_FORWARD'
  /** Sent as `simple`. */
  | 'SIMPLE';

/** Length of a Kling video; defaults to SECONDS_5. */
export type KlingDuration =
  /** 5 seconds. */
  | 'SECONDS_5'
  /** 10 seconds. */
  | 'SECONDS_10';

/** A Kling effect scene: BLOOMBLOOM, DIZZYDIZZY, FUZZYFUZZY, SQUISH and EXPANSION take one image, HUG, KISS and HEART_GESTURE two (two people). */
export type KlingEffect =
  /** Sent as `bloombloom`. */
  | 'BLOOMBLOOM'
  /** Sent as `dizzydizzy`. */
  | 'DIZZYDIZZY'
  /** Sent as `expansion`. */
  | 'EXPANSION'
  /** Sent as `fuzzyfuzzy`. */
  | 'FUZZYFUZZY'
  /** Sent as `heart_gesture`. */
  | 'HEART_GESTURE'
  /** Sent as `hug`. */
  | 'HUG'
  /** Sent as `kiss`. */
  | 'KISS'
  /** Sent as `squish`. */
  | 'SQUISH';

/** Kling's quality: STD (faster, cheaper) or PRO; defaults to STD. */
export type KlingMode =
  /** Sent as `pro`. */
  | 'PRO'
  /** Sent as `std`. */
  | 'STD';

/** Kling model; defaults to KLING_V1. */
export type KlingModel =
  /** Sent as `kling-v1`. */
  | 'KLING_V1'
  /** Sent as `kling-v1-5`. */
  | 'KLING_V1_5'
  /** Sent as `kling-v1-6`. */
  | 'KLING_V1_6'
  /** Sent as `kling-v2-1-master`. */
  | 'KLING_V2_1_MASTER'
  /** Sent as `kling-v2-5-turbo`. */
  | 'KLING_V2_5_TURBO'
  /** Sent as `kling-v2-6`. */
  | 'KLING_V2_6'
  /** Sent as `kling-v2-master`. */
  | 'KLING_V2_MASTER'
  /** Sent as `kling-v3`. */
  | 'KLING_V3';

/** One shot of a multi-shot video (KLING_V3). */
export type KlingShotInput = {
  /** Its length in seconds; the shots' lengths add up to the job's duration. */
  duration: number;
  /** What the shot shows; not blank, at most 512 characters. */
  prompt: string;
};

/** A Kling video, through Kling's official format. Its fields pick the tool: text-to-video, image-to-video (`image`), multi-image reference (`referenceImages`), extend (`extend`) or an effect (`effect` with `images`). A field its tool does not take is refused. */
export type KlingVideoInput = {
  /** Not with `imageTail`. */
  camera?: KlingCameraInput | null | undefined;
  /** How closely to follow the prompt, 0–1; defaults to 0.5. The v1 models only: refused with v2 and newer. */
  cfgScale?: number | null | undefined;
  duration?: KlingDuration | null | undefined;
  /** An effect scene on `images` (mode EFFECT); takes no prompt. */
  effect?: KlingEffect | null | undefined;
  /** The id of one of your finished (SUCCEEDED) Kling jobs: this job continues its video (mode EXTEND). Takes only a prompt beside it. */
  extend?: string | number | null | undefined;
  /** First frame: makes an image-to-video job. */
  image?: string | null | undefined;
  /** Last frame, with `image`; not with `camera`. */
  imageTail?: string | null | undefined;
  /** The effect's images: one, or two for HUG, KISS and HEART_GESTURE. */
  images?: Array<string> | null | undefined;
  mode?: KlingMode | null | undefined;
  /** Defaults to KLING_V1 (KLING_V1_6 for effects); extend takes none. */
  model?: KlingModel | null | undefined;
  /** What to avoid, at most 2500 characters. */
  negativePrompt?: string | null | undefined;
  /** What to make; not blank, at most 2500 characters. Required but for extend (optional) and effects (none). */
  prompt?: string | null | undefined;
  /** Text-to-video only: 16:9, 9:16, 1:1; defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
  /** 1 to 4 images the video keeps: makes a multi-image reference job (mode MULTI_IMAGE). */
  referenceImages?: Array<string> | null | undefined;
  /** Multi-shot (KLING_V3): at most 6 shots whose lengths add up to the job's duration. */
  shots?: Array<KlingShotInput> | null | undefined;
  /** Make sound with the picture (sent as `on`/`off`; newer models). Unset sends nothing (Kling: off). */
  sound?: boolean | null | undefined;
};

/** A Luma video: from the prompt, from first and last frames, or extending one of your finished Luma jobs. */
export type LumaVideoInput = {
  /** Let Luma rewrite the prompt; defaults to true. */
  expandPrompt?: boolean | null | undefined;
  /** The id of one of your finished (SUCCEEDED) Luma jobs: this job continues its video. Takes no image, imageEnd or loop. */
  extend?: string | number | null | undefined;
  /** First frame: makes an image-to-video job. */
  image?: string | null | undefined;
  /** Last frame. */
  imageEnd?: string | null | undefined;
  /** Make the video loop; defaults to false. Not with `extend`. */
  loop?: boolean | null | undefined;
  /** What to make (Luma's `user_prompt`); not blank, at most 2000 characters. */
  prompt: string;
};

/** Pika model version. */
export type PikaModel =
  | 'V1_0'
  | 'V1_5';

export type PikaOptionsInput = {
  camera?: CameraInput | null | undefined;
  /** Frames per second, 8–24; defaults to 24. */
  frameRate?: number | null | undefined;
  parameters?: PikaParametersInput | null | undefined;
};

export type PikaParametersInput = {
  /** How closely to follow the prompt, 5–25. */
  guidanceScale?: number | null | undefined;
  /** Amount of motion, 0–4. */
  motion?: number | null | undefined;
  /** What to avoid, at most 1000 characters. */
  negativePrompt?: string | null | undefined;
  /** Seed for reproducible results, 0–2^53−1 (beyond GraphQL's 32-bit Int). */
  seed?: number | null | undefined;
};

/** A Pikaffect (Pika 1.5), sent upstream as its own name: `EYE_POP` is "Eye-pop". */
export type PikaStyle =
  | 'CAKE_IFY'
  | 'CRUMBLE'
  | 'CRUSH'
  | 'DECAPITATE'
  | 'DEFLATE'
  | 'DISSOLVE'
  | 'EXPLODE'
  | 'EYE_POP'
  | 'INFLATE'
  | 'LEVITATE'
  | 'MELT'
  | 'SQUISH'
  | 'TA_DA';

/** A Pika 1.5 video, as DuomiAPI's Pika generate endpoint takes it. Give `image` or `video` (not both) for the reference modes. */
export type PikaVideoInput = {
  /** Reference image: makes an image-to-video job. */
  image?: string | null | undefined;
  /** Defaults to the latest, V1_5. */
  model?: PikaModel | null | undefined;
  /** Defaults to 24 frames per second and no camera or parameters. */
  options?: PikaOptionsInput | null | undefined;
  /** What to make; not blank, at most 2000 characters. */
  prompt: string;
  /** One of 16:9, 9:16, 1:1, 4:5, 5:4, 5:2, 4:3, 3:4; defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
  /** Add sound effects. */
  sfx?: boolean | null | undefined;
  style?: PikaStyle | null | undefined;
  /** Reference video: makes a video-to-video (restyle or extend) job. */
  video?: string | null | undefined;
};

/** A PixVerse camera move; not with an effect. */
export type PixCameraMovement =
  /** Sent as `camera_rotation`. */
  | 'CAMERA_ROTATION'
  /** Sent as `crane_up`. */
  | 'CRANE_UP'
  /** Sent as `fix_bg`. */
  | 'FIX_BG'
  /** Sent as `hitchcock`. */
  | 'HITCHCOCK'
  /** Sent as `horizontal_left`. */
  | 'HORIZONTAL_LEFT'
  /** Sent as `horizontal_right`. */
  | 'HORIZONTAL_RIGHT'
  /** Sent as `left_follow`. */
  | 'LEFT_FOLLOW'
  /** Sent as `pan_left`. */
  | 'PAN_LEFT'
  /** Sent as `pan_right`. */
  | 'PAN_RIGHT'
  /** Sent as `quickly_zoom_in`. */
  | 'QUICKLY_ZOOM_IN'
  /** Sent as `quickly_zoom_out`. */
  | 'QUICKLY_ZOOM_OUT'
  /** Sent as `right_follow`. */
  | 'RIGHT_FOLLOW'
  /** Sent as `robo_arm`. */
  | 'ROBO_ARM'
  /** Sent as `smooth_zoom_in`. */
  | 'SMOOTH_ZOOM_IN'
  /** Sent as `super_dolly_out`. */
  | 'SUPER_DOLLY_OUT'
  /** Sent as `vertical_down`. */
  | 'VERTICAL_DOWN'
  /** Sent as `vertical_up`. */
  | 'VERTICAL_UP'
  /** Sent as `whip_pan`. */
  | 'WHIP_PAN'
  /** Sent as `zoom_in`. */
  | 'ZOOM_IN'
  /** Sent as `zoom_out`. */
  | 'ZOOM_OUT';

/** Length of a PIX video. */
export type PixDuration =
  /** 5 seconds. */
  | 'SECONDS_5'
  /** 8 seconds. */
  | 'SECONDS_8'
  /** 10 seconds. */
  | 'SECONDS_10'
  /** 15 seconds. */
  | 'SECONDS_15';

export type PixLipSyncInput = {
  speaker?: PixSpeaker | null | undefined;
  /** What is said, at most 1000 characters. */
  text: string;
};

/** PixVerse model; defaults to AUTO. */
export type PixModel =
  /** Sent as `auto`. */
  | 'AUTO'
  /** Sent as `c1`. */
  | 'C1'
  /** Sent as `v3.5`. */
  | 'V3_5'
  /** Sent as `v4`. */
  | 'V4'
  /** Sent as `v4.5`. */
  | 'V4_5'
  /** Sent as `v5`. */
  | 'V5'
  /** Sent as `v5.5`. */
  | 'V5_5'
  /** Sent as `v5.6`. */
  | 'V5_6'
  /** Sent as `v6`. */
  | 'V6';

/** Resolution of a PIX video; no 8-second video at 1080p. */
export type PixQuality =
  /** Sent as `360p`. */
  | 'Q360P'
  /** Sent as `540p`. */
  | 'Q540P'
  /** Sent as `720p`. */
  | 'Q720P'
  /** Sent as `1080p`. */
  | 'Q1080P';

export type PixSoundEffectInput = {
  /** The sound wanted, at most 1000 characters; needs `enabled: true`. */
  description?: string | null | undefined;
  /** Add a sound effect. */
  enabled: boolean;
};

/** The voice that speaks a lip-sync text; defaults to AUTO. */
export type PixSpeaker =
  /** Sent as `Auto`. */
  | 'AUTO'
  /** Sent as `1`. */
  | 'SPEAKER_1'
  /** Sent as `2`. */
  | 'SPEAKER_2'
  /** Sent as `3`. */
  | 'SPEAKER_3'
  /** Sent as `4`. */
  | 'SPEAKER_4'
  /** Sent as `5`. */
  | 'SPEAKER_5'
  /** Sent as `6`. */
  | 'SPEAKER_6'
  /** Sent as `7`. */
  | 'SPEAKER_7'
  /** Sent as `8`. */
  | 'SPEAKER_8'
  /** Sent as `9`. */
  | 'SPEAKER_9'
  /** Sent as `10`. */
  | 'SPEAKER_10'
  /** Sent as `11`. */
  | 'SPEAKER_11'
  /** Sent as `12`. */
  | 'SPEAKER_12'
  /** Sent as `13`. */
  | 'SPEAKER_13'
  /** Sent as `14`. */
  | 'SPEAKER_14';

/** A PixVerse style. */
export type PixStyle =
  /** Sent as `3d_animation`. */
  | 'ANIMATION_3D'
  /** Sent as `anime`. */
  | 'ANIME'
  /** Sent as `clay`. */
  | 'CLAY'
  /** Sent as `comic`. */
  | 'COMIC'
  /** Sent as `cyberpunk`. */
  | 'CYBERPUNK';

/** A PIX (PixVerse) video: text-to-video, image-to-video when `image` is given, or from reference images (`referenceImages`). */
export type PixVideoInput = {
  /** Make sound with the video (sent as `audio` 1 or 0). */
  audio?: boolean | null | undefined;
  /** A camera move; not with `effect`. */
  cameraMovement?: PixCameraMovement | null | undefined;
  duration?: PixDuration | null | undefined;
  /** A PixVerse effect template's id (its `template_id`, e.g. 303624537709312: 15 digits, past GraphQL's 32-bit Int); not with `cameraMovement`. */
  effect?: number | null | undefined;
  /** First frame: makes an image-to-video job. */
  image?: string | null | undefined;
  /** Last frame, with `image`. */
  lastImage?: string | null | undefined;
  lipSync?: PixLipSyncInput | null | undefined;
  model?: PixModel | null | undefined;
  /** What to avoid, at most 2048 characters. */
  negativePrompt?: string | null | undefined;
  /** What to make; not blank, at most 2048 characters. */
  prompt: string;
  quality?: PixQuality | null | undefined;
  /** 16:9, 4:3, 1:1, 3:4, 9:16; defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
  /** 1 to 3 images whose subjects the video keeps (`image_list`): makes a REFERENCE job; not with `image`. */
  referenceImages?: Array<string> | null | undefined;
  /** Seed for reproducible results, 0–2147483647. */
  seed?: number | null | undefined;
  soundEffect?: PixSoundEffectInput | null | undefined;
  style?: PixStyle | null | undefined;
};

/** Length of a Runway video. */
export type RunwayDuration =
  /** 5 seconds. */
  | 'SECONDS_5'
  /** 10 seconds. */
  | 'SECONDS_10';

/** Runway model; defaults to GEN3. GEN3 makes 16:9 and 9:16 only, GEN4_TURBO image-to-video only. GEN4_5 is seen only in DuomiAPI's endpoint map (no page documents it). */
export type RunwayModel =
  /** Sent as `gen2`. */
  | 'GEN2'
  /** Sent as `gen3`. */
  | 'GEN3'
  /** Sent as `gen4`. */
  | 'GEN4'
  /** Sent as `gen4.5`. */
  | 'GEN4_5'
  /** Sent as `gen4_turbo`. */
  | 'GEN4_TURBO';

/** Gen-2's camera motion vector (model GEN2 only). */
export type RunwayMotionInput = {
  /** Background horizontal pan, -10…10; defaults to 0. */
  bgXPan?: number | null | undefined;
  /** Background vertical pan, -10…10; defaults to 0. */
  bgYPan?: number | null | undefined;
  /** Roll, -10…10; defaults to 0. */
  r?: number | null | undefined;
  /** Horizontal, -10…10; defaults to 0. */
  x?: number | null | undefined;
  /** Vertical, -10…10; defaults to 0. */
  y?: number | null | undefined;
  /** Zoom, -10…10; defaults to 0. */
  z?: number | null | undefined;
};

/** A Runway video. Its fields pick the mode: text-to-video (a prompt), image-to-video (`image`), video-to-video (`video`), Act-One (`video`, the performance, with `character`), or Aleph video editing (`video` with `edit: true`). A field its mode does not take is refused. */
export type RunwayVideoInput = {
  /** The character image an Act-One job animates; needs `video`. */
  character?: string | null | undefined;
  /** Aleph video editing (mode EDIT): with `video` (at most 50 MB) and a `prompt` (at most 1000 characters) saying what to change; 5 seconds. */
  edit?: boolean | null | undefined;
  /** Flip the video. */
  flip?: boolean | null | undefined;
  /** First frame: makes an image-to-video job. */
  image?: string | null | undefined;
  /** Use `image` as the last frame instead of the first. */
  imageAsEndFrame?: boolean | null | undefined;
  /** Last frame, with `image`. */
  lastImage?: string | null | undefined;
  model?: RunwayModel | null | undefined;
  motion?: RunwayMotionInput | null | undefined;
  /** What to make; required for text-to-video; at most 2000 characters. */
  prompt?: string | null | undefined;
  /** 16:9, 9:16, 1:1, 4:3, 3:4, 21:9; Gen-3 only 16:9 and 9:16, Act-One only 16:9. Defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
  /** Video editing only: one image the edit follows. */
  referenceImage?: string | null | undefined;
  seconds?: RunwayDuration | null | undefined;
  /** Video-to-video: how far to move from the source's structure, 0–1. */
  structureTransformation?: number | null | undefined;
  /** A named style such as "cinematic", at most 100 characters. */
  style?: string | null | undefined;
  /** Source video: makes a video-to-video job, or the performance of an Act-One job. */
  video?: string | null | undefined;
};

/** Length of a Sora video; defaults to SECONDS_4. */
export type SoraDuration =
  /** 4 seconds. */
  | 'SECONDS_4'
  /** 8 seconds. */
  | 'SECONDS_8'
  /** 12 seconds. */
  | 'SECONDS_12';

/** OpenAI Sora model; defaults to SORA_2. */
export type SoraModel =
  /** Sent as `sora-2`. */
  | 'SORA_2'
  /** Sent as `sora-2-pro`. */
  | 'SORA_2_PRO';

/** Sora's output size; defaults to SMALL. */
export type SoraSize =
  /** Sent as `large`. */
  | 'LARGE'
  /** Sent as `small`. */
  | 'SMALL';

/** An OpenAI Sora 2 video, through DuomiAPI's unified video API: text-to-video, or image-to-video when `image` is given. */
export type SoraVideoInput = {
  duration?: SoraDuration | null | undefined;
  /** First frame (one image): makes an image-to-video job. */
  image?: string | null | undefined;
  model?: SoraModel | null | undefined;
  /** What to make; not blank, at most 2000 characters. */
  prompt: string;
  /** 16:9, 9:16; defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
  size?: SoraSize | null | undefined;
};

/** Length of a Veo video: 8 seconds only. */
export type VeoDuration =
  /** 8 seconds. */
  | 'SECONDS_8';

/** Google Veo model; defaults to VEO_3_1_FAST. */
export type VeoModel =
  /** Sent as `veo3.1-fast`. */
  | 'VEO_3_1_FAST'
  /** Sent as `veo3.1-pro`. */
  | 'VEO_3_1_PRO';

/** Veo's output resolution; defaults to Q720P. */
export type VeoQuality =
  /** Sent as `4k`. */
  | 'Q4K'
  /** Sent as `720p`. */
  | 'Q720P'
  /** Sent as `1080p`. */
  | 'Q1080P';

/** A Google Veo 3.1 video, through DuomiAPI's unified video API. Its fields pick the mode: text-to-video (the prompt alone), first and last frames (`image`, optionally `lastImage`; sent as FIRST&LAST), or reference images (`referenceImages`; REFERENCE). */
export type VeoVideoInput = {
  /** Always 8 seconds; may be left out. */
  duration?: VeoDuration | null | undefined;
  /** First frame: makes an image-to-video (FIRST&LAST) job. */
  image?: string | null | undefined;
  /** Last frame, with `image`. */
  lastImage?: string | null | undefined;
  model?: VeoModel | null | undefined;
  /** What to make; not blank, at most 2000 characters. */
  prompt: string;
  quality?: VeoQuality | null | undefined;
  /** 16:9, 9:16; defaults to 16:9. */
  ratio?: AspectRatio | null | undefined;
  /** 1 to 3 reference images (subjects or a style to keep): makes a REFERENCE job. Not with `image` or `lastImage`. */
  referenceImages?: Array<string> | null | undefined;
};

export type VideoJobFilter = {
  provider?: VideoProvider | null | undefined;
  /** Any of these statuses. */
  status?: Array<JobStatus> | null | undefined;
};

/** How a job starts; the fields of its input decide it. */
export type VideoMode =
  /** Runway Act-One: a performance video drives a character image. */
  | 'ACT_ONE'
  /** Runway Aleph: edits a video as the prompt says. */
  | 'EDIT'
  /** A Kling effect scene on one or two images (`effect`). */
  | 'EFFECT'
  /** Continues a finished job of the same provider. */
  | 'EXTEND'
  /** From a first (and maybe last) frame. */
  | 'IMAGE'
  /** Kling multi-image reference: up to four images the video keeps (`referenceImages`). */
  | 'MULTI_IMAGE'
  /** From reference images: subjects or a style the video keeps (Veo). */
  | 'REFERENCE'
  /** From the prompt alone. */
  | 'TEXT'
  /** From a reference video: restyle or extend it. */
  | 'VIDEO';

export type VideoProvider =
  | 'GROK'
  | 'KLING'
  | 'LUMA'
  | 'PIKA'
  | 'PIX'
  | 'RUNWAY'
  | 'SORA'
  | 'VEO';

export type JobsWithEventsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type JobsWithEventsQuery = { videoJobs: { edges: Array<{ node: { id: string, prompt: string | null, events: Array<{ from: JobStatus | null, to: JobStatus, source: EventSource }> } }> } };

export type JobFieldsFragment = { id: string, provider: VideoProvider, mode: VideoMode, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, cost: { points: number | null, refunded: boolean } | null };

export type GenerateVideoMutationVariables = Exact<{
  input: GenerateVideoInput;
  idempotencyKey?: string | null | undefined;
}>;


export type GenerateVideoMutation = { generateVideo: { id: string, provider: VideoProvider, mode: VideoMode, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, settings:
      | { mode: VideoMode, prompt: string, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }
      | Record<PropertyKey, never>
    , error: { code: string, message: string } | null, cost: { points: number | null, refunded: boolean } | null } };

export type VideoJobUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type VideoJobUpdatedSubscription = { videoJobUpdated: { id: string, provider: VideoProvider, mode: VideoMode, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, cost: { points: number | null, refunded: boolean } | null } };

export type VideoJobsUpdatedSubscriptionVariables = Exact<{
  filter?: VideoJobFilter | null | undefined;
}>;


export type VideoJobsUpdatedSubscription = { videoJobsUpdated: { id: string, status: JobStatus, progress: number } };

export type VideoJobWithEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type VideoJobWithEventsQuery = { videoJob: { id: string, provider: VideoProvider, mode: VideoMode, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, events: Array<{ from: JobStatus | null, to: JobStatus, progress: number | null, source: EventSource, at: string }>, error: { code: string, message: string } | null, cost: { points: number | null, refunded: boolean } | null } | null };

export type VideoJobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: VideoJobFilter | null | undefined;
}>;


export type VideoJobsQuery = { videoJobs: { edges: Array<{ cursor: string, node: { id: string, status: JobStatus, prompt: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node: { status: JobStatus, prompt: string | null, id: string } | null };

export type CancelVideoJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelVideoJobMutation = { cancelVideoJob: { id: string, provider: VideoProvider, mode: VideoMode, status: JobStatus, progress: number, prompt: string | null, upstreamTaskId: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, error: { code: string, message: string } | null, cost: { points: number | null, refunded: boolean } | null } };

export type KlingSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type KlingSettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string | null, negativePrompt: string | null, model: KlingModel | null, mode: KlingMode | null, duration: KlingDuration | null, ratio: AspectRatio | null, cfgScale: number | null, image: string | null, imageTail: string | null, camera: { type: KlingCameraType, horizontal: number | null, vertical: number | null, pan: number | null, tilt: number | null, roll: number | null, zoom: number | null } | null }
      | Record<PropertyKey, never>
     } | null };

export type LumaSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type LumaSettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string, image: string | null, imageEnd: string | null, expandPrompt: boolean, loop: boolean | null, extend: string | null }
      | Record<PropertyKey, never>
     } | null };

export type RunwaySettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type RunwaySettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string | null, model: RunwayModel | null, ratio: AspectRatio | null, seconds: RunwayDuration | null, style: string | null, image: string | null, lastImage: string | null, imageAsEndFrame: boolean | null, flip: boolean | null, video: string | null, structureTransformation: number | null, character: string | null, edit: boolean | null, referenceImage: string | null, motion: { x: number | null, y: number | null, z: number | null, r: number | null, bgXPan: number | null, bgYPan: number | null } | null }
      | Record<PropertyKey, never>
     } | null };

export type PixSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type PixSettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string, model: PixModel, ratio: AspectRatio, negativePrompt: string | null, seed: number | null, style: PixStyle | null, effect: number | null, image: string | null, lastImage: string | null, duration: PixDuration | null, cameraMovement: PixCameraMovement | null, quality: PixQuality | null, audio: boolean | null, referenceImages: Array<string> | null, soundEffect: { enabled: boolean, description: string | null } | null, lipSync: { speaker: PixSpeaker, text: string } | null }
      | Record<PropertyKey, never>
     } | null };

export type SoraSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type SoraSettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string, model: SoraModel, ratio: AspectRatio, duration: SoraDuration, size: SoraSize, image: string | null }
      | Record<PropertyKey, never>
     } | null };

export type VeoSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type VeoSettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string, model: VeoModel, ratio: AspectRatio, duration: VeoDuration, quality: VeoQuality, image: string | null, lastImage: string | null, referenceImages: Array<string> | null }
      | Record<PropertyKey, never>
     } | null };

export type GrokSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type GrokSettingsQuery = { videoJob: { mode: VideoMode, settings:
      | { prompt: string, model: GrokModel, ratio: AspectRatio, duration: GrokDuration, image: string | null }
      | Record<PropertyKey, never>
     } | null };

export type JobEstimateQueryVariables = Exact<{
  id: string | number;
}>;


export type JobEstimateQuery = { videoJob: { status: JobStatus, progress: number, estimatedProgress: number | null, estimate: { finishesAt: string, seconds: number, basedOn: number } | null } | null };

export type QueuedJobsQueryVariables = Exact<{
  filter?: VideoJobFilter | null | undefined;
}>;


export type QueuedJobsQuery = { videoJobs: { edges: Array<{ node: { id: string, status: JobStatus, queuePosition: number | null } }> } };

export type FollowQueueSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FollowQueueSubscription = { videoJobUpdated: { id: string, status: JobStatus, queuePosition: number | null } };

export type VideoProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type VideoProvidersQuery = { videoProviders: Array<{ provider: VideoProvider, input: string, inputType: string, modes: Array<VideoMode>, ratios: Array<AspectRatio>, defaultRatio: AspectRatio | null, durationField: string | null, defaultModel: string | null, durations: Array<{ value: string, seconds: number }>, models: Array<{ value: string, upstream: string, ratios: Array<AspectRatio>, unsupported: Array<string>, durations: Array<{ value: string, seconds: number }> }>, styles: Array<{ value: string, upstream: string }> }> };

export const JobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastFrameUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]}}]} as unknown as DocumentNode<JobFieldsFragment, unknown>;
export const JobsWithEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsWithEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsWithEventsQuery, JobsWithEventsQueryVariables>;
export const GenerateVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateVideoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PikaVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"sfx"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"video"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pan"}},{"kind":"Field","name":{"kind":"Name","value":"tilt"}},{"kind":"Field","name":{"kind":"Name","value":"rotate"}},{"kind":"Field","name":{"kind":"Name","value":"zoom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceScale"}},{"kind":"Field","name":{"kind":"Name","value":"motion"}},{"kind":"Field","name":{"kind":"Name","value":"negativePrompt"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastFrameUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]}}]} as unknown as DocumentNode<GenerateVideoMutation, GenerateVideoMutationVariables>;
export const VideoJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VideoJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastFrameUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]}}]} as unknown as DocumentNode<VideoJobUpdatedSubscription, VideoJobUpdatedSubscriptionVariables>;
export const VideoJobsUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VideoJobsUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobsUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<VideoJobsUpdatedSubscription, VideoJobsUpdatedSubscriptionVariables>;
export const VideoJobWithEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoJobWithEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastFrameUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]}}]} as unknown as DocumentNode<VideoJobWithEventsQuery, VideoJobWithEventsQueryVariables>;
export const VideoJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VideoJobsQuery, VideoJobsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CancelVideoJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelVideoJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelVideoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"posterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lastFrameUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previewUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}}]}}]} as unknown as DocumentNode<CancelVideoJobMutation, CancelVideoJobMutationVariables>;
export const KlingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KlingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KlingVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"negativePrompt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"cfgScale"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"imageTail"}},{"kind":"Field","name":{"kind":"Name","value":"camera"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"horizontal"}},{"kind":"Field","name":{"kind":"Name","value":"vertical"}},{"kind":"Field","name":{"kind":"Name","value":"pan"}},{"kind":"Field","name":{"kind":"Name","value":"tilt"}},{"kind":"Field","name":{"kind":"Name","value":"roll"}},{"kind":"Field","name":{"kind":"Name","value":"zoom"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KlingSettingsQuery, KlingSettingsQueryVariables>;
export const LumaSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LumaSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LumaVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"imageEnd"}},{"kind":"Field","name":{"kind":"Name","value":"expandPrompt"}},{"kind":"Field","name":{"kind":"Name","value":"loop"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LumaSettingsQuery, LumaSettingsQueryVariables>;
export const RunwaySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunwaySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RunwayVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"lastImage"}},{"kind":"Field","name":{"kind":"Name","value":"imageAsEndFrame"}},{"kind":"Field","name":{"kind":"Name","value":"flip"}},{"kind":"Field","name":{"kind":"Name","value":"video"}},{"kind":"Field","name":{"kind":"Name","value":"structureTransformation"}},{"kind":"Field","name":{"kind":"Name","value":"character"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"referenceImage"}},{"kind":"Field","name":{"kind":"Name","value":"motion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"z"}},{"kind":"Field","name":{"kind":"Name","value":"r"}},{"kind":"Field","name":{"kind":"Name","value":"bgXPan"}},{"kind":"Field","name":{"kind":"Name","value":"bgYPan"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RunwaySettingsQuery, RunwaySettingsQueryVariables>;
export const PixSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PixSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PixVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"negativePrompt"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"lastImage"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"cameraMovement"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"referenceImages"}},{"kind":"Field","name":{"kind":"Name","value":"soundEffect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lipSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PixSettingsQuery, PixSettingsQueryVariables>;
export const SoraSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SoraSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SoraVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"image"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SoraSettingsQuery, SoraSettingsQueryVariables>;
export const VeoSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VeoSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VeoVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"lastImage"}},{"kind":"Field","name":{"kind":"Name","value":"referenceImages"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VeoSettingsQuery, VeoSettingsQueryVariables>;
export const GrokSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrokSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrokVideoSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"image"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrokSettingsQuery, GrokSettingsQueryVariables>;
export const JobEstimateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishesAt"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"}}]}}]}}]}}]} as unknown as DocumentNode<JobEstimateQuery, JobEstimateQueryVariables>;
export const QueuedJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueuedJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueuedJobsQuery, QueuedJobsQueryVariables>;
export const FollowQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FollowQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoJobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}}]}}]}}]} as unknown as DocumentNode<FollowQueueSubscription, FollowQueueSubscriptionVariables>;
export const VideoProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videoProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"inputType"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRatio"}},{"kind":"Field","name":{"kind":"Name","value":"durationField"}},{"kind":"Field","name":{"kind":"Name","value":"defaultModel"}},{"kind":"Field","name":{"kind":"Name","value":"durations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}},{"kind":"Field","name":{"kind":"Name","value":"ratios"}},{"kind":"Field","name":{"kind":"Name","value":"unsupported"}},{"kind":"Field","name":{"kind":"Name","value":"durations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"styles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}}]}}]}}]}}]} as unknown as DocumentNode<VideoProvidersQuery, VideoProvidersQueryVariables>;