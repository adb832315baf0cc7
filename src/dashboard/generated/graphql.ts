/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type JobCardFragment = { id: string, provider: VideoProvider, status: JobStatus, progress: number, estimatedProgress: number | null, prompt: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, estimate: { finishesAt: string, seconds: number, basedOn: number } | null, error: { code: string, message: string } | null, settings:
    | { __typename: 'GrokVideoSettings', ratio: AspectRatio, image: string | null, grokModel: GrokModel, grokDuration: GrokDuration }
    | { __typename: 'KlingVideoSettings', cfgScale: number | null, image: string | null, imageTail: string | null, negativePrompt: string | null, sound: boolean | null, referenceImages: Array<string> | null, extend: string | null, images: Array<string> | null, klingModel: KlingModel | null, klingMode: KlingMode | null, klingDuration: KlingDuration | null, klingRatio: AspectRatio | null, klingEffect: KlingEffect | null, camera: { type: KlingCameraType, horizontal: number | null, vertical: number | null, pan: number | null, tilt: number | null, roll: number | null, zoom: number | null } | null, shots: Array<{ prompt: string, duration: number }> | null }
    | { __typename: 'LumaVideoSettings', image: string | null, imageEnd: string | null, expandPrompt: boolean, loop: boolean | null, extend: string | null }
    | { __typename: 'PikaVideoSettings', mode: VideoMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }
    | { __typename: 'PixVideoSettings', ratio: AspectRatio, negativePrompt: string | null, seed: number | null, effect: number | null, image: string | null, lastImage: string | null, cameraMovement: PixCameraMovement | null, audio: boolean | null, referenceImages: Array<string> | null, pixModel: PixModel, pixStyle: PixStyle | null, pixDuration: PixDuration | null, pixQuality: PixQuality | null, soundEffect: { enabled: boolean, description: string | null } | null, lipSync: { speaker: PixSpeaker, text: string } | null }
    | { __typename: 'RunwayVideoSettings', seconds: RunwayDuration | null, image: string | null, lastImage: string | null, imageAsEndFrame: boolean | null, flip: boolean | null, video: string | null, structureTransformation: number | null, character: string | null, edit: boolean | null, referenceImage: string | null, runwayModel: RunwayModel | null, runwayRatio: AspectRatio | null, runwayStyle: string | null, motion: { x: number | null, y: number | null, z: number | null, r: number | null, bgXPan: number | null, bgYPan: number | null } | null }
    | { __typename: 'SoraVideoSettings', ratio: AspectRatio, size: SoraSize, image: string | null, soraModel: SoraModel, soraDuration: SoraDuration }
    | { __typename: 'VeoVideoSettings', ratio: AspectRatio, quality: VeoQuality, image: string | null, lastImage: string | null, referenceImages: Array<string> | null, veoModel: VeoModel, veoDuration: VeoDuration }
   };

export type DashboardRecentJobsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: VideoJobFilter | null | undefined;
}>;


export type DashboardRecentJobsQuery = { videoJobs: { edges: Array<{ node: { id: string, provider: VideoProvider, status: JobStatus, progress: number, estimatedProgress: number | null, prompt: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, estimate: { finishesAt: string, seconds: number, basedOn: number } | null, error: { code: string, message: string } | null, settings:
          | { __typename: 'GrokVideoSettings', ratio: AspectRatio, image: string | null, grokModel: GrokModel, grokDuration: GrokDuration }
          | { __typename: 'KlingVideoSettings', cfgScale: number | null, image: string | null, imageTail: string | null, negativePrompt: string | null, sound: boolean | null, referenceImages: Array<string> | null, extend: string | null, images: Array<string> | null, klingModel: KlingModel | null, klingMode: KlingMode | null, klingDuration: KlingDuration | null, klingRatio: AspectRatio | null, klingEffect: KlingEffect | null, camera: { type: KlingCameraType, horizontal: number | null, vertical: number | null, pan: number | null, tilt: number | null, roll: number | null, zoom: number | null } | null, shots: Array<{ prompt: string, duration: number }> | null }
          | { __typename: 'LumaVideoSettings', image: string | null, imageEnd: string | null, expandPrompt: boolean, loop: boolean | null, extend: string | null }
          | { __typename: 'PikaVideoSettings', mode: VideoMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }
          | { __typename: 'PixVideoSettings', ratio: AspectRatio, negativePrompt: string | null, seed: number | null, effect: number | null, image: string | null, lastImage: string | null, cameraMovement: PixCameraMovement | null, audio: boolean | null, referenceImages: Array<string> | null, pixModel: PixModel, pixStyle: PixStyle | null, pixDuration: PixDuration | null, pixQuality: PixQuality | null, soundEffect: { enabled: boolean, description: string | null } | null, lipSync: { speaker: PixSpeaker, text: string } | null }
          | { __typename: 'RunwayVideoSettings', seconds: RunwayDuration | null, image: string | null, lastImage: string | null, imageAsEndFrame: boolean | null, flip: boolean | null, video: string | null, structureTransformation: number | null, character: string | null, edit: boolean | null, referenceImage: string | null, runwayModel: RunwayModel | null, runwayRatio: AspectRatio | null, runwayStyle: string | null, motion: { x: number | null, y: number | null, z: number | null, r: number | null, bgXPan: number | null, bgYPan: number | null } | null }
          | { __typename: 'SoraVideoSettings', ratio: AspectRatio, size: SoraSize, image: string | null, soraModel: SoraModel, soraDuration: SoraDuration }
          | { __typename: 'VeoVideoSettings', ratio: AspectRatio, quality: VeoQuality, image: string | null, lastImage: string | null, referenceImages: Array<string> | null, veoModel: VeoModel, veoDuration: VeoDuration }
         } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardJobsUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardJobsUpdatedSubscription = { videoJobsUpdated: { id: string, provider: VideoProvider, status: JobStatus, progress: number, estimatedProgress: number | null, prompt: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, estimate: { finishesAt: string, seconds: number, basedOn: number } | null, error: { code: string, message: string } | null, settings:
      | { __typename: 'GrokVideoSettings', ratio: AspectRatio, image: string | null, grokModel: GrokModel, grokDuration: GrokDuration }
      | { __typename: 'KlingVideoSettings', cfgScale: number | null, image: string | null, imageTail: string | null, negativePrompt: string | null, sound: boolean | null, referenceImages: Array<string> | null, extend: string | null, images: Array<string> | null, klingModel: KlingModel | null, klingMode: KlingMode | null, klingDuration: KlingDuration | null, klingRatio: AspectRatio | null, klingEffect: KlingEffect | null, camera: { type: KlingCameraType, horizontal: number | null, vertical: number | null, pan: number | null, tilt: number | null, roll: number | null, zoom: number | null } | null, shots: Array<{ prompt: string, duration: number }> | null }
      | { __typename: 'LumaVideoSettings', image: string | null, imageEnd: string | null, expandPrompt: boolean, loop: boolean | null, extend: string | null }
      | { __typename: 'PikaVideoSettings', mode: VideoMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }
      | { __typename: 'PixVideoSettings', ratio: AspectRatio, negativePrompt: string | null, seed: number | null, effect: number | null, image: string | null, lastImage: string | null, cameraMovement: PixCameraMovement | null, audio: boolean | null, referenceImages: Array<string> | null, pixModel: PixModel, pixStyle: PixStyle | null, pixDuration: PixDuration | null, pixQuality: PixQuality | null, soundEffect: { enabled: boolean, description: string | null } | null, lipSync: { speaker: PixSpeaker, text: string } | null }
      | { __typename: 'RunwayVideoSettings', seconds: RunwayDuration | null, image: string | null, lastImage: string | null, imageAsEndFrame: boolean | null, flip: boolean | null, video: string | null, structureTransformation: number | null, character: string | null, edit: boolean | null, referenceImage: string | null, runwayModel: RunwayModel | null, runwayRatio: AspectRatio | null, runwayStyle: string | null, motion: { x: number | null, y: number | null, z: number | null, r: number | null, bgXPan: number | null, bgYPan: number | null } | null }
      | { __typename: 'SoraVideoSettings', ratio: AspectRatio, size: SoraSize, image: string | null, soraModel: SoraModel, soraDuration: SoraDuration }
      | { __typename: 'VeoVideoSettings', ratio: AspectRatio, quality: VeoQuality, image: string | null, lastImage: string | null, referenceImages: Array<string> | null, veoModel: VeoModel, veoDuration: VeoDuration }
     } };

export type DashboardSubmitJobMutationVariables = Exact<{
  input: GenerateVideoInput;
}>;


export type DashboardSubmitJobMutation = { generateVideo: { id: string, provider: VideoProvider, status: JobStatus, progress: number, estimatedProgress: number | null, prompt: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, estimate: { finishesAt: string, seconds: number, basedOn: number } | null, error: { code: string, message: string } | null, settings:
      | { __typename: 'GrokVideoSettings', ratio: AspectRatio, image: string | null, grokModel: GrokModel, grokDuration: GrokDuration }
      | { __typename: 'KlingVideoSettings', cfgScale: number | null, image: string | null, imageTail: string | null, negativePrompt: string | null, sound: boolean | null, referenceImages: Array<string> | null, extend: string | null, images: Array<string> | null, klingModel: KlingModel | null, klingMode: KlingMode | null, klingDuration: KlingDuration | null, klingRatio: AspectRatio | null, klingEffect: KlingEffect | null, camera: { type: KlingCameraType, horizontal: number | null, vertical: number | null, pan: number | null, tilt: number | null, roll: number | null, zoom: number | null } | null, shots: Array<{ prompt: string, duration: number }> | null }
      | { __typename: 'LumaVideoSettings', image: string | null, imageEnd: string | null, expandPrompt: boolean, loop: boolean | null, extend: string | null }
      | { __typename: 'PikaVideoSettings', mode: VideoMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }
      | { __typename: 'PixVideoSettings', ratio: AspectRatio, negativePrompt: string | null, seed: number | null, effect: number | null, image: string | null, lastImage: string | null, cameraMovement: PixCameraMovement | null, audio: boolean | null, referenceImages: Array<string> | null, pixModel: PixModel, pixStyle: PixStyle | null, pixDuration: PixDuration | null, pixQuality: PixQuality | null, soundEffect: { enabled: boolean, description: string | null } | null, lipSync: { speaker: PixSpeaker, text: string } | null }
      | { __typename: 'RunwayVideoSettings', seconds: RunwayDuration | null, image: string | null, lastImage: string | null, imageAsEndFrame: boolean | null, flip: boolean | null, video: string | null, structureTransformation: number | null, character: string | null, edit: boolean | null, referenceImage: string | null, runwayModel: RunwayModel | null, runwayRatio: AspectRatio | null, runwayStyle: string | null, motion: { x: number | null, y: number | null, z: number | null, r: number | null, bgXPan: number | null, bgYPan: number | null } | null }
      | { __typename: 'SoraVideoSettings', ratio: AspectRatio, size: SoraSize, image: string | null, soraModel: SoraModel, soraDuration: SoraDuration }
      | { __typename: 'VeoVideoSettings', ratio: AspectRatio, quality: VeoQuality, image: string | null, lastImage: string | null, referenceImages: Array<string> | null, veoModel: VeoModel, veoDuration: VeoDuration }
     } };

export type DashboardCancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardCancelJobMutation = { cancelVideoJob: { id: string, provider: VideoProvider, status: JobStatus, progress: number, estimatedProgress: number | null, prompt: string | null, videoUrl: string | null, posterUrl: string | null, lastFrameUrl: string | null, previewUrl: string | null, createdAt: string, updatedAt: string, finishedAt: string | null, estimate: { finishesAt: string, seconds: number, basedOn: number } | null, error: { code: string, message: string } | null, settings:
      | { __typename: 'GrokVideoSettings', ratio: AspectRatio, image: string | null, grokModel: GrokModel, grokDuration: GrokDuration }
      | { __typename: 'KlingVideoSettings', cfgScale: number | null, image: string | null, imageTail: string | null, negativePrompt: string | null, sound: boolean | null, referenceImages: Array<string> | null, extend: string | null, images: Array<string> | null, klingModel: KlingModel | null, klingMode: KlingMode | null, klingDuration: KlingDuration | null, klingRatio: AspectRatio | null, klingEffect: KlingEffect | null, camera: { type: KlingCameraType, horizontal: number | null, vertical: number | null, pan: number | null, tilt: number | null, roll: number | null, zoom: number | null } | null, shots: Array<{ prompt: string, duration: number }> | null }
      | { __typename: 'LumaVideoSettings', image: string | null, imageEnd: string | null, expandPrompt: boolean, loop: boolean | null, extend: string | null }
      | { __typename: 'PikaVideoSettings', mode: VideoMode, ratio: AspectRatio, style: PikaStyle | null, sfx: boolean | null, model: PikaModel, image: string | null, video: string | null, options: { frameRate: number, camera: { pan: CameraPan | null, tilt: CameraTilt | null, rotate: CameraRotate | null, zoom: CameraZoom | null } | null, parameters: { guidanceScale: number | null, motion: number | null, negativePrompt: string | null, seed: number | null } | null } }
      | { __typename: 'PixVideoSettings', ratio: AspectRatio, negativePrompt: string | null, seed: number | null, effect: number | null, image: string | null, lastImage: string | null, cameraMovement: PixCameraMovement | null, audio: boolean | null, referenceImages: Array<string> | null, pixModel: PixModel, pixStyle: PixStyle | null, pixDuration: PixDuration | null, pixQuality: PixQuality | null, soundEffect: { enabled: boolean, description: string | null } | null, lipSync: { speaker: PixSpeaker, text: string } | null }
      | { __typename: 'RunwayVideoSettings', seconds: RunwayDuration | null, image: string | null, lastImage: string | null, imageAsEndFrame: boolean | null, flip: boolean | null, video: string | null, structureTransformation: number | null, character: string | null, edit: boolean | null, referenceImage: string | null, runwayModel: RunwayModel | null, runwayRatio: AspectRatio | null, runwayStyle: string | null, motion: { x: number | null, y: number | null, z: number | null, r: number | null, bgXPan: number | null, bgYPan: number | null } | null }
      | { __typename: 'SoraVideoSettings', ratio: AspectRatio, size: SoraSize, image: string | null, soraModel: SoraModel, soraDuration: SoraDuration }
      | { __typename: 'VeoVideoSettings', ratio: AspectRatio, quality: VeoQuality, image: string | null, lastImage: string | null, referenceImages: Array<string> | null, veoModel: VeoModel, veoDuration: VeoDuration }
     } };

export type DashboardJobHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardJobHistoryQuery = { videoJob: { id: string, events: Array<{ from: JobStatus | null, to: JobStatus, progress: number | null, source: EventSource, applied: boolean, at: string }> } | null };

export type DashboardProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardProvidersQuery = { videoProviders: Array<{ provider: VideoProvider, input: string, inputType: string, modes: Array<VideoMode>, ratios: Array<AspectRatio>, defaultRatio: AspectRatio | null, defaultModel: string | null, durationField: string | null, models: Array<{ value: string, upstream: string }>, durations: Array<{ value: string, seconds: number }>, styles: Array<{ value: string, upstream: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobCardFragmentDoc = new TypedDocumentString(`
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  estimatedProgress
  estimate {
    finishesAt
    seconds
    basedOn
  }
  prompt
  videoUrl
  posterUrl
  lastFrameUrl
  previewUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
    ... on KlingVideoSettings {
      klingModel: model
      klingMode: mode
      klingDuration: duration
      klingRatio: ratio
      cfgScale
      image
      imageTail
      negativePrompt
      sound
      referenceImages
      extend
      klingEffect: effect
      images
      camera {
        type
        horizontal
        vertical
        pan
        tilt
        roll
        zoom
      }
      shots {
        prompt
        duration
      }
    }
    ... on LumaVideoSettings {
      image
      imageEnd
      expandPrompt
      loop
      extend
    }
    ... on RunwayVideoSettings {
      runwayModel: model
      runwayRatio: ratio
      seconds
      runwayStyle: style
      image
      lastImage
      imageAsEndFrame
      flip
      video
      structureTransformation
      character
      edit
      referenceImage
      motion {
        x
        y
        z
        r
        bgXPan
        bgYPan
      }
    }
    ... on PixVideoSettings {
      pixModel: model
      ratio
      pixStyle: style
      pixDuration: duration
      negativePrompt
      seed
      effect
      image
      lastImage
      cameraMovement
      pixQuality: quality
      audio
      referenceImages
      soundEffect {
        enabled
        description
      }
      lipSync {
        speaker
        text
      }
    }
    ... on SoraVideoSettings {
      soraModel: model
      ratio
      soraDuration: duration
      size
      image
    }
    ... on VeoVideoSettings {
      veoModel: model
      ratio
      veoDuration: duration
      quality
      image
      lastImage
      referenceImages
    }
    ... on GrokVideoSettings {
      grokModel: model
      ratio
      grokDuration: duration
      image
    }
  }
}
    `, {"fragmentName":"JobCard"}) as unknown as TypedDocumentString<JobCardFragment, unknown>;
export const DashboardRecentJobsDocument = new TypedDocumentString(`
    query DashboardRecentJobs($first: Int!, $after: String, $filter: VideoJobFilter) {
  videoJobs(first: $first, after: $after, filter: $filter) {
    edges {
      node {
        ...JobCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  estimatedProgress
  estimate {
    finishesAt
    seconds
    basedOn
  }
  prompt
  videoUrl
  posterUrl
  lastFrameUrl
  previewUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
    ... on KlingVideoSettings {
      klingModel: model
      klingMode: mode
      klingDuration: duration
      klingRatio: ratio
      cfgScale
      image
      imageTail
      negativePrompt
      sound
      referenceImages
      extend
      klingEffect: effect
      images
      camera {
        type
        horizontal
        vertical
        pan
        tilt
        roll
        zoom
      }
      shots {
        prompt
        duration
      }
    }
    ... on LumaVideoSettings {
      image
      imageEnd
      expandPrompt
      loop
      extend
    }
    ... on RunwayVideoSettings {
      runwayModel: model
      runwayRatio: ratio
      seconds
      runwayStyle: style
      image
      lastImage
      imageAsEndFrame
      flip
      video
      structureTransformation
      character
      edit
      referenceImage
      motion {
        x
        y
        z
        r
        bgXPan
        bgYPan
      }
    }
    ... on PixVideoSettings {
      pixModel: model
      ratio
      pixStyle: style
      pixDuration: duration
      negativePrompt
      seed
      effect
      image
      lastImage
      cameraMovement
      pixQuality: quality
      audio
      referenceImages
      soundEffect {
        enabled
        description
      }
      lipSync {
        speaker
        text
      }
    }
    ... on SoraVideoSettings {
      soraModel: model
      ratio
      soraDuration: duration
      size
      image
    }
    ... on VeoVideoSettings {
      veoModel: model
      ratio
      veoDuration: duration
      quality
      image
      lastImage
      referenceImages
    }
    ... on GrokVideoSettings {
      grokModel: model
      ratio
      grokDuration: duration
      image
    }
  }
}`) as unknown as TypedDocumentString<DashboardRecentJobsQuery, DashboardRecentJobsQueryVariables>;
export const DashboardJobsUpdatedDocument = new TypedDocumentString(`
    subscription DashboardJobsUpdated {
  videoJobsUpdated {
    ...JobCard
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  estimatedProgress
  estimate {
    finishesAt
    seconds
    basedOn
  }
  prompt
  videoUrl
  posterUrl
  lastFrameUrl
  previewUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
    ... on KlingVideoSettings {
      klingModel: model
      klingMode: mode
      klingDuration: duration
      klingRatio: ratio
      cfgScale
      image
      imageTail
      negativePrompt
      sound
      referenceImages
      extend
      klingEffect: effect
      images
      camera {
        type
        horizontal
        vertical
        pan
        tilt
        roll
        zoom
      }
      shots {
        prompt
        duration
      }
    }
    ... on LumaVideoSettings {
      image
      imageEnd
      expandPrompt
      loop
      extend
    }
    ... on RunwayVideoSettings {
      runwayModel: model
      runwayRatio: ratio
      seconds
      runwayStyle: style
      image
      lastImage
      imageAsEndFrame
      flip
      video
      structureTransformation
      character
      edit
      referenceImage
      motion {
        x
        y
        z
        r
        bgXPan
        bgYPan
      }
    }
    ... on PixVideoSettings {
      pixModel: model
      ratio
      pixStyle: style
      pixDuration: duration
      negativePrompt
      seed
      effect
      image
      lastImage
      cameraMovement
      pixQuality: quality
      audio
      referenceImages
      soundEffect {
        enabled
        description
      }
      lipSync {
        speaker
        text
      }
    }
    ... on SoraVideoSettings {
      soraModel: model
      ratio
      soraDuration: duration
      size
      image
    }
    ... on VeoVideoSettings {
      veoModel: model
      ratio
      veoDuration: duration
      quality
      image
      lastImage
      referenceImages
    }
    ... on GrokVideoSettings {
      grokModel: model
      ratio
      grokDuration: duration
      image
    }
  }
}`) as unknown as TypedDocumentString<DashboardJobsUpdatedSubscription, DashboardJobsUpdatedSubscriptionVariables>;
export const DashboardSubmitJobDocument = new TypedDocumentString(`
    mutation DashboardSubmitJob($input: GenerateVideoInput!) {
  generateVideo(input: $input) {
    ...JobCard
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  estimatedProgress
  estimate {
    finishesAt
    seconds
    basedOn
  }
  prompt
  videoUrl
  posterUrl
  lastFrameUrl
  previewUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
    ... on KlingVideoSettings {
      klingModel: model
      klingMode: mode
      klingDuration: duration
      klingRatio: ratio
      cfgScale
      image
      imageTail
      negativePrompt
      sound
      referenceImages
      extend
      klingEffect: effect
      images
      camera {
        type
        horizontal
        vertical
        pan
        tilt
        roll
        zoom
      }
      shots {
        prompt
        duration
      }
    }
    ... on LumaVideoSettings {
      image
      imageEnd
      expandPrompt
      loop
      extend
    }
    ... on RunwayVideoSettings {
      runwayModel: model
      runwayRatio: ratio
      seconds
      runwayStyle: style
      image
      lastImage
      imageAsEndFrame
      flip
      video
      structureTransformation
      character
      edit
      referenceImage
      motion {
        x
        y
        z
        r
        bgXPan
        bgYPan
      }
    }
    ... on PixVideoSettings {
      pixModel: model
      ratio
      pixStyle: style
      pixDuration: duration
      negativePrompt
      seed
      effect
      image
      lastImage
      cameraMovement
      pixQuality: quality
      audio
      referenceImages
      soundEffect {
        enabled
        description
      }
      lipSync {
        speaker
        text
      }
    }
    ... on SoraVideoSettings {
      soraModel: model
      ratio
      soraDuration: duration
      size
      image
    }
    ... on VeoVideoSettings {
      veoModel: model
      ratio
      veoDuration: duration
      quality
      image
      lastImage
      referenceImages
    }
    ... on GrokVideoSettings {
      grokModel: model
      ratio
      grokDuration: duration
      image
    }
  }
}`) as unknown as TypedDocumentString<DashboardSubmitJobMutation, DashboardSubmitJobMutationVariables>;
export const DashboardCancelJobDocument = new TypedDocumentString(`
    mutation DashboardCancelJob($id: ID!) {
  cancelVideoJob(id: $id) {
    ...JobCard
  }
}
    fragment JobCard on VideoJob {
  id
  provider
  status
  progress
  estimatedProgress
  estimate {
    finishesAt
    seconds
    basedOn
  }
  prompt
  videoUrl
  posterUrl
  lastFrameUrl
  previewUrl
  error {
    code
    message
  }
  createdAt
  updatedAt
  finishedAt
  settings {
    __typename
    ... on PikaVideoSettings {
      mode
      ratio
      style
      sfx
      model
      image
      video
      options {
        frameRate
        camera {
          pan
          tilt
          rotate
          zoom
        }
        parameters {
          guidanceScale
          motion
          negativePrompt
          seed
        }
      }
    }
    ... on KlingVideoSettings {
      klingModel: model
      klingMode: mode
      klingDuration: duration
      klingRatio: ratio
      cfgScale
      image
      imageTail
      negativePrompt
      sound
      referenceImages
      extend
      klingEffect: effect
      images
      camera {
        type
        horizontal
        vertical
        pan
        tilt
        roll
        zoom
      }
      shots {
        prompt
        duration
      }
    }
    ... on LumaVideoSettings {
      image
      imageEnd
      expandPrompt
      loop
      extend
    }
    ... on RunwayVideoSettings {
      runwayModel: model
      runwayRatio: ratio
      seconds
      runwayStyle: style
      image
      lastImage
      imageAsEndFrame
      flip
      video
      structureTransformation
      character
      edit
      referenceImage
      motion {
        x
        y
        z
        r
        bgXPan
        bgYPan
      }
    }
    ... on PixVideoSettings {
      pixModel: model
      ratio
      pixStyle: style
      pixDuration: duration
      negativePrompt
      seed
      effect
      image
      lastImage
      cameraMovement
      pixQuality: quality
      audio
      referenceImages
      soundEffect {
        enabled
        description
      }
      lipSync {
        speaker
        text
      }
    }
    ... on SoraVideoSettings {
      soraModel: model
      ratio
      soraDuration: duration
      size
      image
    }
    ... on VeoVideoSettings {
      veoModel: model
      ratio
      veoDuration: duration
      quality
      image
      lastImage
      referenceImages
    }
    ... on GrokVideoSettings {
      grokModel: model
      ratio
      grokDuration: duration
      image
    }
  }
}`) as unknown as TypedDocumentString<DashboardCancelJobMutation, DashboardCancelJobMutationVariables>;
export const DashboardJobHistoryDocument = new TypedDocumentString(`
    query DashboardJobHistory($id: ID!) {
  videoJob(id: $id) {
    id
    events {
      from
      to
      progress
      source
      applied
      at
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardJobHistoryQuery, DashboardJobHistoryQueryVariables>;
export const DashboardProvidersDocument = new TypedDocumentString(`
    query DashboardProviders {
  videoProviders {
    provider
    input
    inputType
    modes
    ratios
    defaultRatio
    defaultModel
    durationField
    models {
      value
      upstream
    }
    durations {
      value
      seconds
    }
    styles {
      value
      upstream
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardProvidersQuery, DashboardProvidersQueryVariables>;